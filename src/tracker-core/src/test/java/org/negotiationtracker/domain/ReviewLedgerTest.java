package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.held;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Given the log of a topic → when a reviewer decides → expect the decision to append, the logged one, or a refusal. */
class ReviewLedgerTest {

    private static final Instant FIRST = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-07T13:00:00Z");

    private final ReviewLedger ledger = new ReviewLedger(Events.TOPIC);
    private final DiplomaticEvent report = held("2019-01-14", "Moscow", LAVROV).id("a").extracted(0.4).build();
    private final DiplomaticEvent asItShouldBe = held("2019-01-14", "Moscow", LAVROV, KONO).build();

    private static Verdict confirm(String eventId, String by, Instant at) {
        return new Verdict(Verdict.Kind.CONFIRM, eventId, null, by, at, null);
    }

    private static Verdict reject(String eventId, String by, Instant at) {
        return new Verdict(Verdict.Kind.REJECT, eventId, null, by, at, "not in the article");
    }

    private static Verdict correct(String eventId, DiplomaticEvent correction, Instant at) {
        return new Verdict(Verdict.Kind.CORRECT, eventId, correction, "ana", at, null);
    }

    /** Appends what the verdict comes to, as the service does, and says what it came to. */
    private ReviewOutcome decide(Verdict verdict) {
        ReviewOutcome outcome = ledger.decide(verdict);
        if (outcome instanceof ReviewOutcome.Decided decided) {
            ledger.apply(decided.decision());
        }
        return outcome;
    }

    private static TopicEvent decided(ReviewOutcome outcome) {
        return assertInstanceOf(ReviewOutcome.Decided.class, outcome).decision();
    }

    private static TopicEvent alreadyDecided(ReviewOutcome outcome) {
        return assertInstanceOf(ReviewOutcome.AlreadyDecided.class, outcome).decision();
    }

    private static ReviewOutcome.Reason refused(ReviewOutcome outcome) {
        return assertInstanceOf(ReviewOutcome.Refused.class, outcome).reason();
    }

    @Test
    void aConfirmationNamesWhoDecidedAndWhen() {
        ledger.apply(report);

        EventConfirmed confirmation = (EventConfirmed) decided(decide(confirm("a", "ana", FIRST)));

        assertEquals(new EventConfirmed("confirmation:a", Events.TOPIC, "a", "ana", FIRST, null), confirmation);
    }

    @Test
    void confirmingTwiceIsTheFirstConfirmation() {
        ledger.apply(report);
        TopicEvent first = decided(decide(confirm("a", "ana", FIRST)));

        assertEquals(first, alreadyDecided(decide(confirm("a", "bob", LATER))));
    }

    @Test
    void rejectingTwiceIsTheFirstRejection() {
        ledger.apply(report);
        EventRejected first = (EventRejected) decided(decide(reject("a", "ana", FIRST)));

        assertEquals("rejection:a", first.id());
        assertEquals(EventRejected.REVIEW, first.reason());
        assertEquals(first, alreadyDecided(decide(reject("a", "bob", LATER))));
    }

    @Test
    void aConfirmedEventMayStillBeRejected() {
        ledger.apply(report);
        decide(confirm("a", "ana", FIRST));

        assertInstanceOf(EventRejected.class, decided(decide(reject("a", "bob", LATER))));
    }

    @Test
    void aDecisionOnAnEventRetractedMeanwhileIsRefused() {
        ledger.apply(report);
        ledger.apply(EventRetracted.of(Events.TOPIC, "a", EventRetracted.RE_EXTRACTION));

        assertEquals(ReviewOutcome.Reason.RETRACTED, refused(decide(confirm("a", "ana", FIRST))));
        assertEquals(ReviewOutcome.Reason.RETRACTED, refused(decide(reject("a", "ana", FIRST))));
        assertEquals(ReviewOutcome.Reason.RETRACTED, refused(decide(correct("a", asItShouldBe, FIRST))));
    }

    @Test
    void aRejectedEventCannotBeConfirmedOrCorrected() {
        ledger.apply(report);
        decide(reject("a", "ana", FIRST));

        ReviewOutcome.Refused refusal = assertInstanceOf(ReviewOutcome.Refused.class,
                decide(confirm("a", "bob", LATER)));
        assertEquals(ReviewOutcome.Reason.RETRACTED, refusal.reason());
        assertEquals("event a was rejected by ana in rejection:a", refusal.detail());
        assertEquals(ReviewOutcome.Reason.RETRACTED, refused(decide(correct("a", asItShouldBe, LATER))));
    }

    @Test
    void theSameCorrectionAgainIsTheFirstAndAnotherIsRefusedInFavourOfCorrectingTheCopy() {
        ledger.apply(report);
        EventCorrected first = (EventCorrected) decided(decide(correct("a", asItShouldBe, FIRST)));

        assertEquals(first, alreadyDecided(decide(correct("a", asItShouldBe, LATER))));
        DiplomaticEvent otherwise = held("2019-01-15", "Moscow", LAVROV, KONO).build();
        assertEquals(ReviewOutcome.Reason.RETRACTED, refused(decide(correct("a", otherwise, LATER))));
        EventCorrected ofTheCopy = (EventCorrected) decided(decide(correct("correction:a", otherwise, LATER)));
        assertEquals("correction:correction:a", ofTheCopy.id());
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        ledger.apply(report);

        assertEquals(ReviewOutcome.Reason.NO_CHANGE, refused(decide(correct("a", report.withId("x"), FIRST))));
    }

    @Test
    void anUnknownEventIsRefused() {
        assertEquals(ReviewOutcome.Reason.UNKNOWN_EVENT, refused(decide(confirm("nowhere", "ana", FIRST))));
    }
}
