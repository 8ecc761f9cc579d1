package org.negotiationtracker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.TopicDefinition;

class TopicRequestTest {

    /** The requests' validation must refuse exactly the topic ids the domain refuses. */
    @Test
    void validatesTopicIdsWithTheDomainsPattern() {
        assertEquals(TopicDefinition.ID_PATTERN.pattern(), TopicRequest.ID_PATTERN);
    }
}
