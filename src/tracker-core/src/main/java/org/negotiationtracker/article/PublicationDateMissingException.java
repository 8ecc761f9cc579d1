package org.negotiationtracker.article;

/** The article gave no publication date and its text has no dateline, so no relative date can be resolved. */
public class PublicationDateMissingException extends RuntimeException {

    public PublicationDateMissingException() {
        super("the article has no publication date and its text has no dateline to read one from");
    }
}
