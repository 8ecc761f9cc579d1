package org.negotiationtracker.articles;

import java.util.HashMap;
import java.util.Map;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;

/** How an event read from an article is kept in the log: of the article's topic, naming the article and its reader. */
public final class ExtractedEvents {

    /** The metadata key by which each extracted event names the article.received event it came from. */
    public static final String ARTICLE_ID = "articleId";
    /** The metadata key by which each extracted event names the extractor, and its version, that read it. */
    public static final String EXTRACTOR = "extractor";

    private ExtractedEvents() {
    }

    /** The event as the log keeps it, from the article, named by {@code eventId}. */
    public static DiplomaticEvent of(ExtractedEvent extracted, String eventId, ArticleReceived article,
                                     ArticleExtractor extractor) {
        DiplomaticEvent event = extracted.toDiplomaticEvent(eventId, article.topicId(), article.source());
        Map<String, String> metadata = new HashMap<>(event.metadata());
        metadata.put(ARTICLE_ID, article.id());
        metadata.put(EXTRACTOR, ArticleExtractor.NAME + "/" + extractor.version());
        return new DiplomaticEvent(event.id(), event.topicId(), event.type(), event.occurredAt(), event.plannedFor(),
                event.actors(), event.location(), event.summary(), event.subject(), event.source(), metadata);
    }

    /** The same claim about the same article: equal but for their ids and the extractor version that read them. */
    public static boolean sameClaim(DiplomaticEvent one, DiplomaticEvent other) {
        return withoutProvenance(one).equals(withoutProvenance(other));
    }

    private static DiplomaticEvent withoutProvenance(DiplomaticEvent event) {
        Map<String, String> metadata = new HashMap<>(event.metadata());
        metadata.remove(EXTRACTOR);
        return new DiplomaticEvent("", event.topicId(), event.type(), event.occurredAt(), event.plannedFor(),
                event.actors(), event.location(), event.summary(), event.subject(), event.source(), metadata);
    }
}
