package org.negotiationtracker.article;

import org.negotiationtracker.domain.TopicDefinition;

/** The registered topic an article is about, and how strongly it names it (higher is stronger). */
public record TopicMatch(TopicDefinition topic, double score) {
}
