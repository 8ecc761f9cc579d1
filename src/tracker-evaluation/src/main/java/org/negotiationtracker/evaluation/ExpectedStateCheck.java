package org.negotiationtracker.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Compares a topic's projected state (the JSON of GET /api/topics/{id}) and timeline with the reference
 * corpus's {@code expectedState}: parties, last meeting held, what is scheduled after the last event, open
 * demands by party, and the meetings several sources corroborate. Used by the reference-scenario test and by
 * the extraction evaluation, so both judge a state the same way.
 */
public final class ExpectedStateCheck {

    /** Capitalised names in a demand's gist ("World War II") that its subject must name too. */
    private static final Pattern PROPER_NAME = Pattern.compile("[A-Z][\\w]*(?: [A-Z][\\w]*)+");

    private ExpectedStateCheck() {
    }

    /** Every way the state differs from the expectation; empty when it matches. */
    public static List<String> differences(JsonNode expected, JsonNode state, JsonNode timeline,
                                           Function<String, String> articleOfReport) {
        List<String> differences = new ArrayList<>();
        same(differences, "parties", texts(expected.get("parties")), texts(state.get("parties")));

        JsonNode lastMeeting = state.path("lastMeetingHeld");
        same(differences, "last meeting date", expected.at("/lastMeetingHeld/date").asText(),
                lastMeeting.path("date").asText());
        same(differences, "last meeting location", expected.at("/lastMeetingHeld/location").asText(),
                lastMeeting.path("location").asText());
        same(differences, "last meeting actors", texts(expected.at("/lastMeetingHeld/actors")),
                texts(lastMeeting.path("actors")));

        JsonNode scheduled = state.path("scheduled");
        JsonNode wanted = expected.get("scheduledAfterLastEvent");
        if (wanted.size() != scheduled.size()) {
            differences.add("scheduled: expected " + wanted.size() + " plans, got " + scheduled);
        } else {
            for (int i = 0; i < scheduled.size(); i++) {
                JsonNode want = wanted.get(i);
                same(differences, "scheduled[" + i + "] date", want.get("date").asText(),
                        scheduled.get(i).path("plannedFor").asText());
                same(differences, "scheduled[" + i + "] location", want.get("location").asText(),
                        scheduled.get(i).path("location").asText());
                same(differences, "scheduled[" + i + "] actors", texts(want.get("actors")),
                        texts(scheduled.get(i).path("actors")));
            }
        }

        JsonNode openDemands = state.path("openDemands");
        Map<String, Integer> demandsByParty = new HashMap<>();
        expected.get("openDemands").forEach(d -> demandsByParty.merge(d.get("by").asText(), 1, Integer::sum));
        Set<String> parties = new HashSet<>();
        openDemands.fieldNames().forEachRemaining(parties::add);
        same(differences, "parties with open demands", demandsByParty.keySet(), parties);
        demandsByParty.forEach((party, count) -> {
            if (openDemands.path(party).size() != count) {
                differences.add("open demands of " + party + ": expected " + count + ", got " + openDemands.path(party));
            }
        });
        for (JsonNode demand : expected.get("openDemands")) {
            String subject = openDemands.path(demand.get("by").asText()).path(0).path("subject").asText();
            Matcher name = PROPER_NAME.matcher(demand.path("gist").asText());
            while (name.find()) {
                if (!subject.contains(name.group())) {
                    differences.add("open demand of " + demand.get("by").asText() + ": subject \"" + subject
                            + "\" does not name " + name.group());
                }
            }
        }

        for (JsonNode corroborated : expected.get("corroboratedMeetings")) {
            List<JsonNode> entries = StreamSupport.stream(timeline.spliterator(), false)
                    .filter(e -> e.get("type").asText().equals("meeting.held")
                            && e.get("occurredAt").asText().equals(corroborated.get("date").asText()))
                    .toList();
            if (entries.size() != 1) {
                differences.add("meeting of " + corroborated.get("date").asText() + ": expected one timeline entry, got "
                        + entries.size());
                continue;
            }
            same(differences, "sources of the meeting of " + corroborated.get("date").asText(),
                    corroborated.get("sources").asInt(), entries.get(0).get("sourceCount").asInt());
            Set<String> files = new HashSet<>();
            entries.get(0).get("reportIds").forEach(id -> files.add(articleOfReport.apply(id.asText())));
            same(differences, "articles reporting the meeting of " + corroborated.get("date").asText(),
                    texts(corroborated.get("files")), files);
        }
        return differences;
    }

    private static void same(List<String> differences, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
