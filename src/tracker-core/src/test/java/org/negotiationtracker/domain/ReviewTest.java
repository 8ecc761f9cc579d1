package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.PUTIN;
import static org.negotiationtracker.domain.Events.demand;
import static org.negotiationtracker.domain.Events.held;
import static org.negotiationtracker.domain.Events.project;
import static org.negotiationtracker.domain.Events.scheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Given reports entered or extracted → when reviewers decide → expect the entries and the state marked. */
class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String ANALYST = "analyst@example.org";

    private static Optional<EntryChange> decide(TopicProjection projection, TopicEvent decision) {
        return projection.apply(decision, projection.version() + 1, projection.position() + 1);
    }

    private static TimelineEntry only(TopicProjection projection) {
        List<TimelineEntry> timeline = projection.timeline(null);
        assertEquals(1, timeline.size());
        return timeline.get(0);
    }

    @Test
    void anExtractedReportIsProposedAndAnEnteredOneConfirmed() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("extracted").extracted(0.6),
                held("2019-02-16", "Munich", LAVROV, KONO).id("entered"));

        List<TimelineEntry> timeline = projection.timeline(null);
        assertEquals(List.of(Review.PROPOSED, Review.CONFIRMED), timeline.stream().map(TimelineEntry::review).toList());
        assertEquals(java.util.Arrays.asList(null, Review.ENTERED),
                timeline.stream().map(TimelineEntry::confirmation).toList());
        assertEquals(Review.CONFIRMED, projection.state(null).lastMeetingHeld().review());
    }

    @Test
    void aConfirmationConfirmsTheEntryOfItsReport() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV, KONO).id("a").extracted(0.6));
        assertEquals(Review.PROPOSED, projection.state(null).lastMeetingHeld().review());

        Optional<EntryChange> change = decide(projection, EventConfirmed.of(Events.TOPIC, "a", ANALYST, NOW, null));

        assertEquals(Optional.of(new EntryChange(Set.of(), Set.of("a"), Set.of())), change);
        assertEquals(Review.CONFIRMED, only(projection).review());
        assertEquals(Review.REVIEWED, only(projection).confirmation());
        assertEquals(Review.CONFIRMED, projection.state(null).lastMeetingHeld().review());
        assertEquals(Set.of("a"), projection.confirmations("a").keySet());
        assertEquals(ANALYST, projection.confirmations("a").get("a").decidedBy());
    }

    @Test
    void confirmingAReportUnknownRetractedOrConfirmedAlreadyChangesNothing() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a").extracted(0.6),
                held("2019-02-16", "Munich", LAVROV).id("b").extracted(0.6));
        decide(projection, EventRetracted.of(Events.TOPIC, "b", EventRetracted.RE_EXTRACTION));
        decide(projection, EventConfirmed.of(Events.TOPIC, "a", ANALYST, NOW, null));

        assertTrue(decide(projection, EventConfirmed.of(Events.TOPIC, "never-logged", ANALYST, NOW, null)).isEmpty());
        assertTrue(decide(projection, EventConfirmed.of(Events.TOPIC, "b", ANALYST, NOW, null)).isEmpty());
        assertTrue(decide(projection, new EventConfirmed("second", Events.TOPIC, "a", "other", NOW, null)).isEmpty());
        assertEquals(ANALYST, projection.confirmations("a").get("a").decidedBy());
    }

    @Test
    void aRejectionRetractsItsReport() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a").extracted(0.6),
                held("2019-01-14", "Moscow", LAVROV, KONO).id("b").extracted(0.3));

        Optional<EntryChange> change = decide(projection,
                EventRejected.of(Events.TOPIC, "b", ANALYST, NOW, "the article quotes an older meeting"));

        assertEquals(Optional.of(new EntryChange(Set.of(), Set.of("a"), Set.of())), change);
        assertEquals(List.of("a"), only(projection).reportIds());
        assertEquals(1, projection.reportCount());
    }

    @Test
    void aCorrectionReplacesItsReportWithAConfirmedCopy() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a").extracted(0.3),
                held("2019-01-22", "Moscow", PUTIN).id("b").extracted(0.6));
        DiplomaticEvent original = projection.reports("a").get(0);
        DiplomaticEvent asItShouldBe = held("2019-01-14", "Moscow", LAVROV, KONO).build();

        EventCorrected correction = EventCorrected.of(original, asItShouldBe, ANALYST, NOW, "Kono was there too");
        Optional<EntryChange> change = decide(projection, correction);

        assertEquals("correction:a", correction.id());
        assertEquals(Optional.of(new EntryChange(Set.of("correction:a"), Set.of(), Set.of("a"))), change);
        TimelineEntry corrected = projection.entry("correction:a");
        assertEquals(List.of(LAVROV, KONO), corrected.actorNames());
        assertEquals(Review.CONFIRMED, corrected.review());
        assertEquals(Review.REVIEWED, corrected.confirmation());
        assertEquals(original.source(), corrected.sources().get(0));
        assertEquals(original.metadata(), projection.reports("correction:a").get(0).metadata());
        assertEquals(Set.of("correction:a", "b"), projection.entryIds());
    }

    @Test
    void aCorrectionOfAReportRetractedMeanwhileChangesNothing() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV).id("a").extracted(0.3));
        DiplomaticEvent original = projection.reports("a").get(0);
        decide(projection, EventRejected.of(Events.TOPIC, "a", ANALYST, NOW, null));

        Optional<EntryChange> change = decide(projection, EventCorrected.of(original,
                held("2019-01-14", "Moscow", KONO).build(), "other", NOW, null));

        assertTrue(change.isEmpty());
        assertEquals(Set.of(), projection.entryIds());
    }

    @Test
    void independentSourcesEnoughConfirmAnEntryWithoutAReviewer() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a").extracted(0.4).from("TASS", "https://tass.example/1"),
                held("2019-01-14", "Moscow", LAVROV).id("b").extracted(0.4).from("Kyodo", "https://kyodo.example/1"));

        assertEquals(Review.CONFIRMED, only(projection).review());
        assertEquals(Review.CORROBORATED, only(projection).confirmation());

        TopicProjection stricter = new TopicProjection(Events.topic(), new ReviewPolicy(true, 3), 0, 0);
        projection.reports("a").forEach(stricter::restore);
        assertEquals(Review.PROPOSED, only(stricter).review());
        assertNull(only(stricter).confirmation());
    }

    @Test
    void twoReportsOfOneSourceAreNotIndependent() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("a").extracted(0.4).from("TASS", "https://tass.example/1"),
                held("2019-01-14", "Moscow", LAVROV).id("b").extracted(0.4).from("TASS", "https://tass.example/1"));

        assertEquals(Review.PROPOSED, only(projection).review());
    }

    @Test
    void aPolicyThatCountsOnlyConfirmedEntriesLeavesProposedOnesOutOfTheStateNotTheTimeline() {
        TopicProjection projection = new TopicProjection(Events.topic(), new ReviewPolicy(false, 2), 0, 0);
        List<DiplomaticEvent> reports = List.of(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("entered").build(),
                held("2019-02-16", "Munich", LAVROV, KONO).id("extracted").extracted(0.7).build(),
                demand("2019-02-16", "recognise the outcome of World War II", LAVROV).id("demand").extracted(0.5)
                        .build(),
                scheduled("2019-02-16", "2019-06", "Osaka", PUTIN).id("plan").extracted(0.5).build());
        for (int i = 0; i < reports.size(); i++) {
            projection.apply(reports.get(i), i + 2, 100 + i);
        }

        TopicState state = projection.state(null);
        assertEquals(4, projection.timeline(null).size());
        assertEquals("entered", state.lastMeetingHeld().entryId());
        assertEquals(1, state.eventCount());
        assertEquals(Set.of(), state.openDemands().keySet());
        assertEquals(List.of(), state.scheduled());

        decide(projection, EventConfirmed.of(Events.TOPIC, "extracted", ANALYST, NOW, null));
        decide(projection, EventConfirmed.of(Events.TOPIC, "plan", ANALYST, NOW, null));

        TopicState reviewed = projection.state(null);
        assertEquals("extracted", reviewed.lastMeetingHeld().entryId());
        assertEquals(3, reviewed.eventCount());
        assertEquals(List.of(Review.CONFIRMED), reviewed.scheduled().stream().map(TopicState.PlannedMeeting::review)
                .toList());
        assertEquals(1, projection.state(LocalDate.of(2019, 1, 31)).eventCount());
    }

    @Test
    void byDefaultProposedEntriesCountInTheStateMarked() {
        TopicState state = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("entered"),
                held("2019-02-16", "Munich", LAVROV, KONO).id("extracted").extracted(0.7),
                demand("2019-02-16", "recognise the outcome of World War II", LAVROV).id("demand").extracted(0.5),
                scheduled("2019-02-16", "2019-06", "Osaka", PUTIN).id("plan").extracted(0.5)).state(null);

        assertEquals("extracted", state.lastMeetingHeld().entryId());
        assertEquals(Review.PROPOSED, state.lastMeetingHeld().review());
        assertEquals(Review.PROPOSED, state.openDemands().get("Russia").get(0).review());
        assertEquals(Review.PROPOSED, state.scheduled().get(0).review());
        assertEquals(4, state.eventCount());
    }

    @Test
    void theStateAsOfAPastDateShowsItsEntriesReviewedAsTheLogNowHasThem() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a").extracted(0.6),
                held("2019-02-16", "Munich", LAVROV, KONO).id("b").extracted(0.6));
        decide(projection, EventConfirmed.of(Events.TOPIC, "a", ANALYST, NOW, null));

        TopicState asOfJanuary = projection.state(LocalDate.of(2019, 1, 31));

        assertEquals("a", asOfJanuary.lastMeetingHeld().entryId());
        assertEquals(Review.CONFIRMED, asOfJanuary.lastMeetingHeld().review());
    }

    @Test
    void aProjectionRestoredWithItsConfirmationsEqualsTheFoldedOne() {
        TopicProjection folded = project(
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a").extracted(0.6),
                held("2019-02-16", "Munich", LAVROV, KONO).id("b").extracted(0.6));
        decide(folded, EventConfirmed.of(Events.TOPIC, "a", ANALYST, NOW, null));
        decide(folded, EventCorrected.of(folded.reports("b").get(0), held("2019-02-15", "Munich", LAVROV, KONO)
                .build(), ANALYST, NOW, null));

        TopicProjection restored = new TopicProjection(Events.topic(), folded.version(), folded.position());
        for (String entryId : folded.entryIds()) {
            folded.reports(entryId).forEach(restored::restore);
            folded.confirmations(entryId).forEach(restored::restore);
        }

        assertEquals(folded.timeline(null), restored.timeline(null));
        assertEquals(folded.state(null), restored.state(null));
        assertEquals(List.of(Review.CONFIRMED, Review.CONFIRMED),
                restored.timeline(null).stream().map(TimelineEntry::review).toList());
    }

    @Test
    void theQueueHoldsTheReportsOfProposedEntriesLeastConfidentFirst() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV).id("sure").extracted(0.9),
                held("2019-01-22", "Moscow", PUTIN).id("doubtful").extracted(0.2),
                held("2019-02-16", "Munich", LAVROV, KONO).id("entered"),
                held("2019-02-16", "Munich", LAVROV).id("joins-entered").extracted(0.1),
                held("2019-02-20", "Tokyo", KONO).id("confirmed").extracted(0.1));
        decide(projection, EventConfirmed.of(Events.TOPIC, "confirmed", ANALYST, NOW, null));

        assertEquals(List.of("doubtful", "sure"), ReviewQueue.of(projection).stream().map(DiplomaticEvent::id).toList());
    }
}
