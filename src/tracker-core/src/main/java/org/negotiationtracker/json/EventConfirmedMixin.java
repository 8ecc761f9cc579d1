package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/** A confirmation carries its type in JSON like every other event, so log readers can dispatch on it; not read back. */
@JsonPropertyOrder({"id", "topicId", "type", "confirmedEventId", "decidedBy", "decidedAt", "comment"})
@JsonIgnoreProperties(value = {"type"}, allowGetters = true)
abstract class EventConfirmedMixin {

    @JsonProperty("type")
    abstract EventType type();
}
