package org.negotiationtracker.article;

import java.util.List;

/**
 * Where in the article an event was found: the sentence, its character offsets in {@link Article#text()},
 * the actor names as the text wrote them, and how sure the rules are (0..1).
 */
public record Evidence(String sentence, int start, int end, List<String> matchedActors, double confidence) {

    public Evidence {
        matchedActors = List.copyOf(matchedActors);
    }
}
