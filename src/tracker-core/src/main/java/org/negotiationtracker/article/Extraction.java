package org.negotiationtracker.article;

import java.util.List;
import java.util.Optional;
import org.negotiationtracker.domain.TopicDefinition;

/** What one article says: when it was published, which topic it is about (if any) and its events. */
public record Extraction(Publication publication, Optional<TopicDefinition> topic, List<ExtractedEvent> events) {

    public Extraction {
        events = List.copyOf(events);
    }
}
