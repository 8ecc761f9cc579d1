package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/**
 * A registration carries its topic id and type in JSON like every other event, so log readers can
 * dispatch on {@code type} alone; both follow from the topic, so they are not read back.
 */
@JsonPropertyOrder({"id", "topicId", "type", "topic"})
@JsonIgnoreProperties(value = {"topicId", "type"}, allowGetters = true)
abstract class TopicRegisteredMixin {

    @JsonProperty("topicId")
    abstract String topicId();

    @JsonProperty("type")
    abstract EventType type();
}
