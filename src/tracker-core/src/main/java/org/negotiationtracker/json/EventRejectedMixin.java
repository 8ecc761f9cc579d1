package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/**
 * A rejection is a retraction: it carries {@code retractedEventId} and {@code reason} ("review") as a retraction
 * does, so a reader of the log that knows retractions knows what it takes back; type and reason are not read back.
 */
@JsonPropertyOrder({"id", "topicId", "type", "retractedEventId", "reason", "decidedBy", "decidedAt", "comment"})
@JsonIgnoreProperties(value = {"type", "reason"}, allowGetters = true)
abstract class EventRejectedMixin {

    @JsonProperty("type")
    abstract EventType type();

    @JsonProperty("reason")
    abstract String reason();
}
