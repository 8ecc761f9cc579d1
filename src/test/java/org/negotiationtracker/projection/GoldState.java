package org.negotiationtracker.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What the gold annotation of the corpus expects of the topic's state once all four articles are in,
 * checked against a state and timeline as the API serves them, however the reports arrived.
 */
public final class GoldState {

    private GoldState() {
    }

    /**
     * @param articleOfReport the corpus file each report came from, by report (event) id
     */
    public static void assertMatches(JsonNode gold, JsonNode state, JsonNode timeline,
                                     Map<String, String> articleOfReport) {
        JsonNode expected = gold.get("expectedState");

        assertEquals(texts(expected.get("parties")), texts(state.get("parties")));

        JsonNode lastMeeting = state.get("lastMeetingHeld");
        assertTrue(lastMeeting != null && !lastMeeting.isNull(), "no meeting held in " + state);
        assertEquals(expected.at("/lastMeetingHeld/date").asText(), lastMeeting.get("date").asText(),
                "lastMeetingHeld.date");
        assertEquals(expected.at("/lastMeetingHeld/location").asText(), lastMeeting.get("location").asText(),
                "lastMeetingHeld.location");
        assertEquals(texts(expected.at("/lastMeetingHeld/actors")), texts(lastMeeting.get("actors")),
                "lastMeetingHeld.actors");

        JsonNode scheduled = state.get("scheduled");
        assertEquals(expected.get("scheduledAfterLastEvent").size(), scheduled.size(), "scheduled: " + scheduled);
        for (int i = 0; i < scheduled.size(); i++) {
            JsonNode want = expected.get("scheduledAfterLastEvent").get(i);
            assertEquals(want.get("date").asText(), scheduled.get(i).get("plannedFor").asText(), "scheduled.plannedFor");
            assertEquals(want.get("location").asText(), scheduled.get(i).get("location").asText(),
                    "scheduled.location");
            assertEquals(texts(want.get("actors")), texts(scheduled.get(i).get("actors")), "scheduled.actors");
        }

        JsonNode openDemands = state.get("openDemands");
        Map<String, Integer> demandsByParty = new HashMap<>();
        expected.get("openDemands").forEach(d -> demandsByParty.merge(d.get("by").asText(), 1, Integer::sum));
        assertEquals(demandsByParty.keySet(), fieldNames(openDemands), "openDemands: " + openDemands);
        demandsByParty.forEach((party, count) -> {
            assertEquals(count, openDemands.get(party).size(), "openDemands: " + openDemands);
            assertTrue(openDemands.get(party).get(0).get("subject").asText().contains("World War II"),
                    "openDemands subject: " + openDemands);
        });

        for (JsonNode corroborated : expected.get("corroboratedMeetings")) {
            List<JsonNode> entries = StreamSupport.stream(timeline.spliterator(), false)
                    .filter(e -> e.get("type").asText().equals("meeting.held")
                            && e.get("occurredAt").asText().equals(corroborated.get("date").asText()))
                    .toList();
            assertEquals(1, entries.size(), "one timeline entry for the meeting of " + corroborated.get("date")
                    + ": " + entries);
            assertEquals(corroborated.get("sources").asInt(), entries.get(0).get("sourceCount").asInt(),
                    "sources of the meeting of " + corroborated.get("date") + ": " + entries.get(0));
            Set<String> files = new HashSet<>();
            entries.get(0).get("reportIds").forEach(id -> files.add(articleOfReport.get(id.asText())));
            assertEquals(texts(corroborated.get("files")), files,
                    "articles reporting the meeting of " + corroborated.get("date"));
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
