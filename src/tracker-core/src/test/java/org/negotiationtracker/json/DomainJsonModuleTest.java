package org.negotiationtracker.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventConfirmed;
import org.negotiationtracker.domain.EventCorrected;
import org.negotiationtracker.domain.EventRejected;
import org.negotiationtracker.domain.EventRetracted;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;

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

    private static final Instant DECIDED_AT = Instant.parse("2026-12-07T12:30:00Z");

    @Test
    void aConfirmationIsWrittenWithItsTypeWhoAndWhenAndReadBack() throws Exception {
        EventConfirmed confirmation = EventConfirmed.of("russia-japan-peace-treaty", "article-1-2", "ana",
                DECIDED_AT, null);

        String json = mapper.writeValueAsString(confirmation);

        assertEquals("{\"id\":\"confirmation:article-1-2\",\"topicId\":\"russia-japan-peace-treaty\","
                + "\"type\":\"event.confirmed\",\"confirmedEventId\":\"article-1-2\",\"decidedBy\":\"ana\","
                + "\"decidedAt\":\"2026-12-07T12:30:00Z\",\"comment\":null}", json);
        assertEquals(confirmation, mapper.readValue(json, EventConfirmed.class));
    }

    @Test
    void aRejectionIsWrittenAsARetractionWithReasonReviewAndReadBack() throws Exception {
        EventRejected rejection = EventRejected.of("russia-japan-peace-treaty", "article-1-2", "ana", DECIDED_AT,
                "an older meeting");

        String json = mapper.writeValueAsString(rejection);

        assertEquals("{\"id\":\"rejection:article-1-2\",\"topicId\":\"russia-japan-peace-treaty\","
                + "\"type\":\"event.rejected\",\"retractedEventId\":\"article-1-2\",\"reason\":\"review\","
                + "\"decidedBy\":\"ana\",\"decidedAt\":\"2026-12-07T12:30:00Z\",\"comment\":\"an older meeting\"}",
                json);
        assertEquals(rejection, mapper.readValue(json, EventRejected.class));
    }

    @Test
    void aCorrectionCarriesItsCorrectedCopyAndIsReadBack() throws Exception {
        DiplomaticEvent original = new DiplomaticEvent("article-1-2", "russia-japan-peace-treaty",
                EventType.MEETING_HELD, PartialDate.parse("2019-01-14"), null,
                List.of(new Actor("Sergey Lavrov", "Russia", null)), "Moscow", null, null,
                new Source("TASS", "https://tass.example/1", PartialDate.parse("2019-01-16")),
                Map.of("extractor", "negotiation-tracker/16"));
        DiplomaticEvent asItShouldBe = new DiplomaticEvent("", "russia-japan-peace-treaty", EventType.MEETING_HELD,
                PartialDate.parse("2019-01-15"), null, original.actors(), "Moscow", null, null, null, null);
        EventCorrected correction = EventCorrected.of(original, asItShouldBe, "ana", DECIDED_AT, null);

        String json = mapper.writeValueAsString(correction);

        assertEquals(correction, mapper.readValue(json, EventCorrected.class));
        assertEquals("event.corrected", mapper.readTree(json).get("type").asText());
        assertEquals("article-1-2", mapper.readTree(json).get("retractedEventId").asText());
        assertEquals("2019-01-15", mapper.readTree(json).get("corrected").get("occurredAt").asText());
        assertEquals("correction:article-1-2", mapper.readTree(json).get("corrected").get("id").asText());
    }
}
