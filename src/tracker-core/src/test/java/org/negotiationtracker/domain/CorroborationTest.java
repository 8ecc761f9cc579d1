package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.ABE;
import static org.negotiationtracker.domain.Events.PUTIN;
import static org.negotiationtracker.domain.Events.date;
import static org.negotiationtracker.domain.Events.held;
import static org.negotiationtracker.domain.Events.project;
import static org.negotiationtracker.domain.Events.scheduled;
import static org.negotiationtracker.domain.Events.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How reports of one real-world event come together on the timeline, seen through {@link TopicProjection}. */
class CorroborationTest {

    @Test
    void twoReportsOfTheSameMeetingBecomeOneEntryWithTwoSources() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("tass-1").from("TASS", "https://tass.com/politics/1"),
                held("2019-01-14", "Moscow", KONO).id("kyodo-1").from("Kyodo", "https://kyodonews.net/1", "2019-01-15"));

        List<TimelineEntry> timeline = projection.timeline(null);

        assertEquals(1, timeline.size());
        TimelineEntry meeting = timeline.get(0);
        assertEquals("kyodo-1", meeting.id());
        assertEquals(EventType.MEETING_HELD, meeting.type());
        assertEquals(date("2019-01-14"), meeting.occurredAt());
        assertEquals("Moscow", meeting.location());
        assertEquals(List.of(LAVROV, KONO), meeting.actorNames());
        assertEquals(2, meeting.sourceCount());
        assertEquals(List.of("TASS", "Kyodo"), meeting.sources().stream().map(Source::publisher).toList());
        assertEquals(List.of("tass-1", "kyodo-1"), meeting.reportIds());
        assertEquals(2, projection.reportCount());
    }

    @Test
    void differentSpellingsOfOneActorStillCorroborate() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", "Sergéy  Lavrov,"),
                held("2019-01-14", "Moscow", "SERGEY LAVROV").from("Kyodo", "https://kyodonews.net/1", "2019-01-15"));

        List<TimelineEntry> timeline = projection.timeline(null);

        assertEquals(1, timeline.size());
        assertEquals(2, timeline.get(0).sourceCount());
        // The earliest publication names the actor; the later spelling is the same person, not a second one.
        assertEquals(List.of("Sergéy  Lavrov,"), timeline.get(0).actorNames());
    }

    @Test
    void reportsOfDifferentDaysStaySeparate() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO),
                held("2019-01-15", "Moscow", LAVROV, KONO));

        assertEquals(2, projection.timeline(null).size());
    }

    @Test
    void plansForDifferentDatesAnnouncedOnOneDayAreDifferentEntries() {
        TopicProjection projection = project(
                scheduled("2019-01-22", "2019-02-16", null, LAVROV, KONO).id("feb"),
                scheduled("2019-01-22", "2019-03", null, LAVROV, KONO).id("mar"));

        assertEquals(List.of("feb", "mar"), projection.timeline(null).stream().map(TimelineEntry::id).toList());
    }

    @Test
    void aMonthAndADayInItAreNotTheSameDate() {
        TopicProjection projection = project(
                held("2019-01", "Moscow", LAVROV, KONO),
                held("2019-01-14", "Moscow", LAVROV, KONO));

        assertEquals(List.of(date("2019-01"), date("2019-01-14")),
                projection.timeline(null).stream().map(TimelineEntry::occurredAt).toList());
    }

    @Test
    void reportsWithDisjointActorsStaySeparate() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV),
                held("2019-01-14", "Tokyo", ABE));

        assertEquals(2, projection.timeline(null).size());
        assertEquals(List.of(1, 1), projection.timeline(null).stream().map(TimelineEntry::sourceCount).toList());
    }

    @Test
    void reportsOfDifferentTypesStaySeparate() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO),
                statement("2019-01-14", LAVROV));

        assertEquals(List.of(EventType.MEETING_HELD, EventType.STATEMENT_ISSUED),
                projection.timeline(null).stream().map(TimelineEntry::type).toList());
    }

    @Test
    void reportsNamingNoActorCorroborateEachOtherButNotOnesNamingActors() {
        TopicProjection projection = project(
                statement("2019-01-14").id("anonymous-1"),
                statement("2019-01-14").id("anonymous-2"),
                statement("2019-01-14", LAVROV).id("lavrov"));

        assertEquals(Set.of("anonymous-1", "lavrov"), projection.entryIds());
        assertEquals(List.of("anonymous-1", "anonymous-2"), projection.entry("anonymous-1").reportIds());
    }

    @Test
    void aFirstReportOpensAnEntryOfItsOwn() {
        TopicProjection projection = project();

        EntryChange change = projection.apply(held("2019-01-14", "Moscow", LAVROV).id("m").build(), 1, 1);

        assertEquals(new EntryChange(Set.of("m"), Set.of(), Set.of()), change);
    }

    @Test
    void aReportJoiningAnEntryKeepsTheEntrysSmallestReportId() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV).id("b"));

        EntryChange later = projection.apply(held("2019-01-14", "Moscow", LAVROV).id("c").build(), 2, 2);
        EntryChange earlier = projection.apply(held("2019-01-14", "Moscow", LAVROV).id("a").build(), 3, 3);

        assertEquals(new EntryChange(Set.of(), Set.of("b"), Set.of()), later);
        // The entry is renamed after its new smallest report id: an entry new by that id, the old id gone.
        assertEquals(new EntryChange(Set.of("a"), Set.of(), Set.of("b")), earlier);
        assertEquals(Set.of("a"), projection.entryIds());
    }

    @Test
    void aReportOverlappingTwoEntriesJoinsThemIntoOne() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("b-lavrov"),
                held("2019-01-14", "Moscow", KONO).id("c-kono"));
        assertEquals(1, projection.entry("b-lavrov").reportCount());

        EntryChange change = projection.apply(held("2019-01-14", "Moscow", LAVROV, KONO).id("d-both").build(), 3, 103);

        assertEquals(new EntryChange(Set.of(), Set.of("b-lavrov"), Set.of("c-kono")), change);
        assertEquals(Set.of("b-lavrov"), projection.entryIds());
        assertEquals(List.of("b-lavrov", "c-kono", "d-both"), projection.entry("b-lavrov").reportIds());
        assertEquals(3, projection.entry("b-lavrov").sourceCount());
        assertEquals(List.of(LAVROV, KONO), projection.entry("b-lavrov").actorNames());
    }

    @Test
    void aBridgingReportWithTheSmallestIdAbsorbsBothEntries() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("b-lavrov"),
                held("2019-01-14", "Moscow", KONO).id("c-kono"));

        EntryChange change = projection.apply(held("2019-01-14", "Moscow", LAVROV, KONO).id("a-both").build(), 3, 103);

        assertEquals(new EntryChange(Set.of("a-both"), Set.of(), Set.of("b-lavrov", "c-kono")), change);
        assertEquals(Set.of("a-both"), projection.entryIds());
        assertEquals(1, projection.timeline(null).size());
    }

    @Test
    void theSameArticleReportedTwiceIsOneSource() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).from("TASS", "https://tass.com/politics/1040321"),
                held("2019-01-14", "Moscow", LAVROV, KONO).from("TASS", " https://tass.com/politics/1040321 "));

        TimelineEntry meeting = projection.timeline(null).get(0);

        assertEquals(1, meeting.sourceCount());
        assertEquals(1, meeting.sources().size());
        assertEquals(2, meeting.reportCount());
        assertEquals(1, projection.state(null).distinctSources());
        assertEquals(2, projection.state(null).reportCount());
    }

    @Test
    void aUrlIsOneSourceWhateverTheCaseOfItsHostItsDefaultPortItsFragmentOrATrailingSlash() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).from("TASS", "https://tass.com/politics/1040321"),
                held("2019-01-14", "Moscow", LAVROV).from("TASS", "HTTPS://TASS.com/politics/1040321#comments"),
                held("2019-01-14", "Moscow", LAVROV).from("TASS", "https://tass.com:443/politics/1040321/"));

        assertEquals(1, projection.timeline(null).get(0).sourceCount());
    }

    @Test
    void urlsDifferingInTheCaseOfTheirPathOrQueryAreTwoSources() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).from("Wire", "https://wire.example/a?id=Ab"),
                held("2019-01-14", "Moscow", LAVROV).from("Wire", "https://wire.example/a?id=aB"));

        assertEquals(2, projection.timeline(null).get(0).sourceCount());
    }

    @Test
    void withoutAUrlAPublisherOnOneDayIsOneSource() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).from("Kyodo News", null, "2019-01-14"),
                held("2019-01-14", "Moscow", LAVROV).from("kyodo news", "", "2019-01-14"),
                held("2019-01-14", "Moscow", LAVROV).from("Kyodo News", null, "2019-01-15"),
                held("2019-01-14", "Moscow", LAVROV).from("NHK", null, "2019-01-14"));

        TimelineEntry meeting = projection.timeline(null).get(0);

        assertEquals(4, meeting.reportCount());
        assertEquals(3, meeting.sourceCount());
    }

    @Test
    void aReportThatNamesNoOriginIsNotASource() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).from(null, null, "2019-01-14"),
                held("2019-01-14", "Moscow", LAVROV).from("TASS", "https://tass.com/politics/1"));

        TimelineEntry meeting = projection.timeline(null).get(0);

        assertEquals(2, meeting.reportCount());
        assertEquals(1, meeting.sourceCount());
        assertEquals("TASS", meeting.sources().get(0).publisher());
    }

    @Test
    void aLaterReportFillsInWhatAnEarlierOneLeftOutAboutAnActor() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow").with(new Actor("SERGEY LAVROV", "Russia", "Foreign Minister"))
                        .from("Kyodo", "https://kyodonews.net/1", "2019-01-15"),
                held("2019-01-14", "Moscow").with(new Actor(LAVROV, null, null))
                        .from("TASS", "https://tass.com/politics/1", "2019-01-14"));

        assertEquals(List.of(new Actor(LAVROV, "Russia", "Foreign Minister")),
                projection.timeline(null).get(0).actors());
    }

    @Test
    void theEarliestPublicationSpeaksForTheEntryWhateverArrivedFirst() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a").saying("Talks ended without progress.")
                        .from("Late Daily", "https://late.example/1", "2019-01-16"),
                held("2019-01-14", "Moscow", LAVROV).id("z").saying("Lavrov and Kono met in Moscow.")
                        .from("TASS", "https://tass.com/politics/1", "2019-01-14"));

        TimelineEntry meeting = projection.entry("a");

        assertEquals("Lavrov and Kono met in Moscow.", meeting.summary());
        assertEquals(List.of("z", "a"), meeting.reportIds());
    }

    @Test
    void theLocationMostReportsGiveWins() {
        TopicProjection projection = project(
                held("2019-01-14", "Moskva", LAVROV).from("Early", "https://early.example/1", "2019-01-13"),
                held("2019-01-14", "Moscow", LAVROV),
                held("2019-01-14", "Moscow", LAVROV));

        assertEquals("Moscow", projection.timeline(null).get(0).location());
    }

    @Test
    void theMostPreciseOfThePlannedDatesIsKept() {
        TopicProjection projection = project(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                scheduled("2019-01-22", "2019-06-29", "Osaka", PUTIN));

        TimelineEntry plan = projection.timeline(null).get(0);

        assertEquals(date("2019-06-29"), plan.plannedFor());
        assertEquals(date("2019-01-22"), plan.occurredAt());
        assertEquals(2, plan.sourceCount());
    }

    @Test
    void theTimelineAndStateDoNotDependOnArrivalOrder() {
        List<DiplomaticEvent> reports = List.of(
                held("2019-01-14", "Moscow", LAVROV).id("tass").from("TASS", "https://tass.com/politics/1040321"),
                held("2019-01-14", "Moskva", KONO).id("kyodo")
                        .from("Kyodo", "https://english.kyodonews.net/news/2019/01/a", "2019-01-15"),
                held("2019-01-14", "Moscow", LAVROV, KONO).id("reuters").saying("Lavrov and Kono met in Moscow.")
                        .from("Reuters", "https://www.reuters.com/article/lavrov-kono", "2019-01-14"),
                held("2019-01-14", null, KONO).id("reuters-update").saying("Updated with Kono's remarks.")
                        .from("Reuters", "https://www.reuters.com/article/lavrov-kono", "2019-01-16"),
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE).id("plan")
                        .from("Japan Times", "https://www.japantimes.co.jp/news/2019/01/22/putin-visit"))
                .stream().map(Events.Report::build).toList();
        TopicProjection reference = project(reports);
        List<TimelineEntry> expectedTimeline = reference.timeline(null);
        TopicState expectedState = withoutLogPosition(reference.state(null));

        // The bridging report joins all four meeting reports; the update repeats Reuters' URL.
        TimelineEntry meeting = expectedTimeline.get(0);
        assertEquals(2, expectedTimeline.size());
        assertEquals("kyodo", meeting.id());
        assertEquals(List.of("reuters", "tass", "kyodo", "reuters-update"), meeting.reportIds());
        assertEquals(3, meeting.sourceCount());
        assertEquals("Moscow", meeting.location());
        assertEquals("Lavrov and Kono met in Moscow.", meeting.summary());
        assertEquals(4, expectedState.distinctSources());
        assertEquals(5, expectedState.reportCount());
        assertEquals("Moscow", expectedState.lastMeetingHeld().location());
        assertEquals(date("2019-06"), expectedState.scheduled().get(0).plannedFor());

        List<List<DiplomaticEvent>> orders = permutations(reports);
        assertEquals(120, orders.size());
        for (List<DiplomaticEvent> order : orders) {
            TopicProjection projection = project(order);
            String arrival = order.stream().map(DiplomaticEvent::id).toList().toString();
            assertEquals(expectedTimeline, projection.timeline(null), arrival);
            assertEquals(expectedState, withoutLogPosition(projection.state(null)), arrival);
        }
    }

    /** Version and position say how far into the log the fold has read, which does depend on the order. */
    private static TopicState withoutLogPosition(TopicState s) {
        return new TopicState(s.id(), s.title(), s.parties(), s.aliases(), s.disputedItems(), s.basisDocuments(),
                s.asOf(), s.status(), s.lastMeetingHeld(), s.scheduled(), s.unconfirmedPlans(), s.openDemands(),
                s.agreements(), s.documentsSigned(), s.participants(), s.eventCount(), s.reportCount(),
                s.distinctSources(), s.firstEventAt(), s.lastEventAt(), 0, 0L);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
