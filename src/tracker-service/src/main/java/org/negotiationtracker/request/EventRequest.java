package org.negotiationtracker.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/** One diplomatic event as a client posts it; {@code id} may be left out and is then derived from the content. */
public record EventRequest(
        @Size(max = 200) @Pattern(regexp = "\\S+", message = "must not contain whitespace") String id,
        @NotBlank @Pattern(regexp = TopicRequest.ID_PATTERN, message = "must be a topic slug such as russia-japan-peace-treaty")
        String topicId,
        @NotNull(message = "is required: one of the event types") EventType type,
        @NotNull(message = "is required: YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp") PartialDate occurredAt,
        PartialDate plannedFor,
        List<@NotNull(message = "must be an actor object") @Valid ActorRequest> actors,
        @Size(max = 200) String location,
        @Size(max = 4000) String summary,
        @Size(max = 500) String subject,
        @Valid SourceRequest source,
        Map<@Size(max = 100) String, @Size(max = 1000) String> metadata,
        @PositiveOrZero Integer expectedVersion) {

    public DiplomaticEvent toEvent(String eventId) {
        return new DiplomaticEvent(eventId, topicId, type, occurredAt, plannedFor,
                actors == null ? List.of() : actors.stream().map(ActorRequest::toActor).toList(),
                ActorRequest.blankToNull(location), ActorRequest.blankToNull(summary),
                ActorRequest.blankToNull(subject), source == null ? null : source.toSource(), metadata);
    }
}
