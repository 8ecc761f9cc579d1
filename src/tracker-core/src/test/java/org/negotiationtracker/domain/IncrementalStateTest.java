package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever reports arrive and whatever is retracted, the state a projection keeps as it goes is the
 * state derived from its whole timeline, its timeline is that of a fresh fold of the reports still standing,
 * and the entry changes it announces keep a copy of its entries (as the read model's rows) exact.
 * Random sequences from small pools, so reports often corroborate, bridge entries and tie on dates.
 */
class IncrementalStateTest {

    private static final int SEQUENCES = 300;
    private static final int LONGEST = 60;

    private static final List<String> DATES = List.of("2018", "2019-01", "2019-01-14", "2019-01-22", "2019-02",
            "2019-02-16", "2019-01-14T10:00:00Z", "2019-01-14T12:00:00+02:00", "2019-06-29");
    /** One instant at two offsets: equal event times that print differently, last in the timeline. */
    private static final List<String> LATEST_AT_ONE_INSTANT = List.of("2019-01-13", "2019-01-14T10:00:00Z",
            "2019-01-14T12:00:00+02:00");
    private static final List<String> PLANNED = List.of("2019-06", "2019-06-29", "2019-07", "2019-01-22");
    private static final List<String> NAMES = List.of("Sergey Lavrov", "SERGEY LAVROV", "Taro Kono", "Vladimir Putin",
            "Shinzo Abe", "Maria Zakharova", "Antonio Guterres");
    private static final List<String> COUNTRIES = List.of("Russia", "Japan", "Portugal");
    private static final List<String> ROLES = List.of("Foreign Minister", "President", "Prime Minister");
    private static final List<String> SUBJECTS = List.of("Recognition of the outcome of World War II",
            "recognition of the outcome of world war ii", "Return of the four islands", "Joint economic activity");
    private static final List<String> PLACES = List.of("Moscow", "Tokyo", "Munich");
    private static final List<String> PUBLISHERS = List.of("TASS", "Kyodo", "The Japan Times");

    @Test
    void theStateKeptAsReportsComeAndGoIsTheStateDerivedFromTheWholeTimeline() {
        Random random = new Random(20190114);
        int retractionsThatChangedEntries = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            retractionsThatChangedEntries += followOneSequence(random, sequence, 1 + random.nextInt(LONGEST));
        }
        assertTrue(retractionsThatChangedEntries > SEQUENCES, "retractions changed entries "
                + retractionsThatChangedEntries + " times: the sequences hardly exercise them");
    }

    private static int followOneSequence(Random random, int sequence, int length) {
        List<String> dates = sequence % 4 == 0 ? LATEST_AT_ONE_INSTANT : DATES;
        TopicProjection followed = new TopicProjection(Events.topic(), 0, 0);
        List<DiplomaticEvent> standing = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        int retractionsThatChangedEntries = 0;
        for (int read = 1; read <= length; read++) {
            String context = "sequence " + sequence + ", event " + read;
            if (!folded.isEmpty() && random.nextInt(5) == 0) {
                String retracted = random.nextInt(10) == 0 ? "never-reported"
                        : folded.get(random.nextInt(folded.size()));
                boolean wasStanding = standing.removeIf(report -> report.id().equals(retracted));
                var change = followed.apply(EventRetracted.of(Events.TOPIC, retracted, EventRetracted.RE_EXTRACTION),
                        read, 100L + read);
                assertEquals(wasStanding, change.isPresent(), context);
                change.ifPresent(c -> keep(rows, c, context));
                retractionsThatChangedEntries += wasStanding ? 1 : 0;
            } else {
                DiplomaticEvent report = report(random, String.format("s%03d-r%03d", sequence, read), dates);
                folded.add(report.id());
                standing.add(report);
                keep(rows, followed.apply(report, read, 100L + read), context);
            }

            // compared as printed: one instant at two offsets is equal as a date, but not in the JSON of the state
            assertEquals(TopicStateFold.derive(Events.topic(), followed.timeline(null), null, followed.version(),
                    followed.position()).toString(), followed.state(null).toString(), context);
            TopicProjection fresh = Events.project(standing);
            assertEquals(fresh.timeline(null), followed.timeline(null), context);
            assertEquals(fresh.reportCount(), followed.reportCount(), context);
            assertEquals(rows, followed.entryIds(), context);
            LocalDate asOf = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(200));
            assertEquals(fresh.state(asOf).openDemands(), followed.state(asOf).openDemands(), context);
            assertEquals(fresh.state(asOf).participants(), followed.state(asOf).participants(), context);
        }
        return retractionsThatChangedEntries;
    }

    /** What the service's projector does with the changes to the rows of the timeline it stores. */
    private static void keep(Set<String> rows, EntryChange change, String context) {
        for (String removed : change.removedEntryIds()) {
            assertTrue(rows.remove(removed), context + ": removed " + removed + ", which has no row");
        }
        for (String created : change.newEntryIds()) {
            assertTrue(rows.add(created), context + ": new " + created + ", which already has a row");
        }
        for (String changed : change.changedEntryIds()) {
            assertTrue(rows.contains(changed), context + ": changed " + changed + ", which has no row");
        }
    }

    private static DiplomaticEvent report(Random random, String id, List<String> dates) {
        EventType type = pick(random, EventType.diplomaticTypes());
        boolean plan = type == EventType.MEETING_SCHEDULED || type == EventType.MEETING_CANCELLED;
        List<Actor> actors = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = pick(random, NAMES);
            if (named.add(name.toLowerCase())) {
                actors.add(new Actor(name, maybe(random, COUNTRIES), maybe(random, ROLES)));
            }
        }
        return new DiplomaticEvent(id, Events.TOPIC, type, PartialDate.parse(pick(random, dates)),
                plan ? PartialDate.parse(pick(random, PLANNED)) : null, actors, maybe(random, PLACES),
                maybe(random, List.of("Talks", "Ministers met")), maybe(random, SUBJECTS), source(random), Map.of());
    }

    private static Source source(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new Source(pick(random, PUBLISHERS), null, PartialDate.parse("2019-01-16"));
            default -> new Source(maybe(random, PUBLISHERS), "https://news.example/" + random.nextInt(6),
                    PartialDate.parse("2019-01-" + (15 + random.nextInt(3))));
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T maybe(Random random, List<T> values) {
        return random.nextInt(3) == 0 ? null : pick(random, values);
    }
}
