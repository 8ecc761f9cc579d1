package org.negotiationtracker.domain;

import java.util.List;
import java.util.regex.Pattern;

/** One negotiation track: who negotiates, what it is called, what is disputed, what it rests on. */
public record TopicDefinition(String id, String title, List<String> parties, List<String> aliases,
                              List<String> disputedItems, List<BasisDocument> basisDocuments) {

    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TopicDefinition {
        if (id == null || !ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("topic id must be a lower-case slug such as russia-japan-peace-treaty");
        }
        parties = List.copyOf(parties);
        aliases = List.copyOf(aliases);
        disputedItems = List.copyOf(disputedItems);
        basisDocuments = List.copyOf(basisDocuments);
    }
}
