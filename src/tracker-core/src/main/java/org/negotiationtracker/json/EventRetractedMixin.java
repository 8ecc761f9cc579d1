package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/** A retraction carries its type in JSON like every other event, so log readers can dispatch on it; it is not read back. */
@JsonPropertyOrder({"id", "topicId", "type", "retractedEventId", "reason"})
@JsonIgnoreProperties(value = {"type"}, allowGetters = true)
abstract class EventRetractedMixin {

    @JsonProperty("type")
    abstract EventType type();
}
