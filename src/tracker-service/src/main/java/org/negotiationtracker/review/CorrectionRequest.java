package org.negotiationtracker.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.negotiationtracker.request.ActorRequest;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * What a corrected event should say, in full: the fields a reviewer may change (the source and the extractor's
 * evidence stay those of the event corrected).
 */
public record CorrectionRequest(
        @NotNull(message = "is required: one of the event types") EventType type,
        @NotNull(message = "is required: YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp") PartialDate occurredAt,
        PartialDate plannedFor,
        List<@NotNull(message = "must be an actor object") @Valid ActorRequest> actors,
        @Size(max = 200) String location,
        @Size(max = 4000) String summary,
        @Size(max = 500) String subject) {

    /** The corrected fields as an event; its id, topic, source and metadata are the corrected event's, set later. */
    DiplomaticEvent toEvent(String topicId) {
        return new DiplomaticEvent("", topicId, type, occurredAt, plannedFor,
                actors == null ? List.of() : actors.stream().map(ActorRequest::toActor).toList(),
                blankToNull(location), blankToNull(summary), blankToNull(subject), null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
