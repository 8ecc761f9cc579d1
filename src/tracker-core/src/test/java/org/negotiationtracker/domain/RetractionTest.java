package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.held;
import static org.negotiationtracker.domain.Events.project;
import static org.negotiationtracker.domain.Events.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Given reports → when one is retracted → expect the timeline, the state and the announced entry changes. */
class RetractionTest {

    private static Optional<EntryChange> retract(TopicProjection projection, String reportId) {
        return projection.apply(EventRetracted.of(Events.TOPIC, reportId, EventRetracted.RE_EXTRACTION),
                projection.version() + 1, projection.position() + 1);
    }

    @Test
    void aRetractedCorroborationNoLongerCounts() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a-tass"),
                held("2019-01-14", "Moscow", LAVROV, KONO).id("b-kyodo"));
        assertEquals(2, projection.entry("a-tass").sourceCount());

        Optional<EntryChange> change = retract(projection, "b-kyodo");

        assertEquals(Optional.of(new EntryChange(Set.of(), Set.of("a-tass"), Set.of())), change);
        TimelineEntry entry = projection.timeline(null).get(0);
        assertEquals(List.of("a-tass"), entry.reportIds());
        assertEquals(1, entry.sourceCount());
        TopicState state = projection.state(null);
        assertEquals(1, state.lastMeetingHeld().sourceCount());
        assertEquals(1, state.reportCount());
        assertEquals(1, state.distinctSources());
        assertEquals(1, state.participants().get(0).reports());
        assertEquals(1, projection.reportCount());
    }

    @Test
    void anEntryWhoseOnlyReportIsRetractedGoes() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("moscow"),
                statement("2019-01-16", LAVROV).id("statement"));

        Optional<EntryChange> change = retract(projection, "statement");

        assertEquals(Optional.of(new EntryChange(Set.of(), Set.of(), Set.of("statement"))), change);
        assertEquals(Set.of("moscow"), projection.entryIds());
        TopicState state = projection.state(null);
        assertEquals(1, state.eventCount());
        assertEquals(Events.date("2019-01-14"), state.lastEventAt());
        assertEquals(1, state.participants().stream().filter(p -> p.name().equals(LAVROV)).findFirst()
                .orElseThrow().events());
    }

    @Test
    void theLastReportRetractedLeavesATopicOnlyRegistered() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV).id("only"));

        retract(projection, "only");

        TopicState state = projection.state(null);
        assertEquals(TopicState.REGISTERED, state.status());
        assertEquals(0, state.eventCount());
        assertEquals(List.of(), state.participants());
        assertEquals(null, state.firstEventAt());
    }

    @Test
    void retractingTheReportThatJoinedTwoEntriesSplitsThemAgain() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("b-lavrov"),
                held("2019-01-14", "Moscow", KONO).id("c-kono"),
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a-both"));
        assertEquals(Set.of("a-both"), projection.entryIds());

        Optional<EntryChange> change = retract(projection, "a-both");

        assertEquals(Optional.of(new EntryChange(Set.of("b-lavrov", "c-kono"), Set.of(), Set.of("a-both"))), change);
        assertEquals(List.of("b-lavrov", "c-kono"), projection.timeline(null).stream().map(TimelineEntry::id).toList());
        assertEquals(2, projection.state(null).eventCount());
    }

    @Test
    void retractingTheReportAnEntryIsNamedAfterRenamesIt() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a"),
                held("2019-01-14", "Moscow", LAVROV).id("b"));

        Optional<EntryChange> change = retract(projection, "a");

        assertEquals(Optional.of(new EntryChange(Set.of("b"), Set.of(), Set.of("a"))), change);
        assertEquals(Set.of("b"), projection.entryIds());
    }

    @Test
    void retractingAnUnknownOrAlreadyRetractedReportChangesNothingButIsReadPast() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a"),
                held("2019-01-14", "Moscow", LAVROV).id("b"));
        retract(projection, "b");
        List<TimelineEntry> before = projection.timeline(null);

        Optional<EntryChange> unknown = retract(projection, "never-logged");
        Optional<EntryChange> again = retract(projection, "b");

        assertTrue(unknown.isEmpty());
        assertTrue(again.isEmpty());
        assertEquals(before, projection.timeline(null));
        assertEquals(1, projection.reportCount());
        assertEquals(5, projection.version());
        assertEquals(105L, projection.position());
    }

    @Test
    void aRetractionOfAnotherTopicIsRejected() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV).id("a"));
        EventRetracted stray = EventRetracted.of("iran-nuclear-deal", "a", EventRetracted.RE_EXTRACTION);

        assertThrows(IllegalArgumentException.class, () -> projection.apply(stray, 2, 102));
        assertEquals(Set.of("a"), projection.entryIds());
        assertEquals(1, projection.version());
    }

    @Test
    void aRetractionsIdFollowsFromTheRetractedEventsId() {
        EventRetracted retraction = EventRetracted.of(Events.TOPIC, "article-1-2", EventRetracted.RE_EXTRACTION);

        assertEquals("retraction:article-1-2", retraction.id());
        assertEquals(EventType.EVENT_RETRACTED, retraction.type());
    }
}
