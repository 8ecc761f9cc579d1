package org.negotiationtracker.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.EventRetracted;

class DomainJsonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new DomainJsonModule());

    @Test
    void aRetractionIsWrittenWithItsTypeAndReadBack() throws Exception {
        EventRetracted retraction = EventRetracted.of("russia-japan-peace-treaty", "article-1-2",
                EventRetracted.RE_EXTRACTION);

        String json = mapper.writeValueAsString(retraction);

        assertEquals("{\"id\":\"retraction:article-1-2\",\"topicId\":\"russia-japan-peace-treaty\","
                + "\"type\":\"event.retracted\",\"retractedEventId\":\"article-1-2\",\"reason\":\"re-extraction\"}", json);
        assertEquals(retraction, mapper.readValue(json, EventRetracted.class));
    }
}
