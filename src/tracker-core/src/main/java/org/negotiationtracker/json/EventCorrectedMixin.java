package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/** A correction names the event it retracts and carries the corrected copy; its type is not read back. */
@JsonPropertyOrder({"id", "topicId", "type", "retractedEventId", "corrected", "decidedBy", "decidedAt", "comment"})
@JsonIgnoreProperties(value = {"type"}, allowGetters = true)
abstract class EventCorrectedMixin {

    @JsonProperty("type")
    abstract EventType type();
}
