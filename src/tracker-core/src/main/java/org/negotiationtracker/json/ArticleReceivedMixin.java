package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.negotiationtracker.domain.EventType;

/** An article carries its type in JSON like every other event, so log readers can dispatch on it; it is not read back. */
@JsonPropertyOrder({"id", "topicId", "type", "title", "publisher", "url", "publishedAt", "datedBy", "yearInferred",
        "text"})
@JsonIgnoreProperties(value = {"type", "source"}, allowGetters = true)
abstract class ArticleReceivedMixin {

    @JsonProperty("type")
    abstract EventType type();
}
