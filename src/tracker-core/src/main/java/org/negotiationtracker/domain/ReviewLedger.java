package org.negotiationtracker.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the log holds about the reports of one topic that a review decision depends on: which reports stand, what
 * retracted the others, and which were confirmed. Folded from the topic's events in log order, it decides what a
 * reviewer's verdict comes to: deciding twice the same way is the decision already logged, deciding on a report
 * retracted meanwhile is refused.
 */
public final class ReviewLedger {

    private final String topicId;
    private final Map<String, DiplomaticEvent> standing = new HashMap<>();
    private final Map<String, TopicEvent> retractedBy = new HashMap<>();
    private final Map<String, EventConfirmed> confirmedBy = new HashMap<>();

    public ReviewLedger(String topicId) {
        this.topicId = topicId;
    }

    /** Folds in the next event of the topic. */
    public void apply(TopicEvent event) {
        if (!event.topicId().equals(topicId)) {
            throw new IllegalArgumentException("event " + event.id() + " belongs to topic " + event.topicId()
                    + ", not " + topicId);
        }
        if (event instanceof DiplomaticEvent report) {
            standing.put(report.id(), report);
        } else if (event instanceof EventConfirmed confirmed) {
            if (standing.containsKey(confirmed.confirmedEventId())) {
                confirmedBy.putIfAbsent(confirmed.confirmedEventId(), confirmed);
            }
        } else if (event instanceof Retraction retraction) {
            if (standing.remove(retraction.retractedEventId()) != null) {
                retractedBy.put(retraction.retractedEventId(), event);
                if (event instanceof EventCorrected correction) {
                    standing.put(correction.corrected().id(), correction.corrected());
                }
            }
        }
    }

    public ReviewOutcome decide(Verdict verdict) {
        String eventId = verdict.eventId();
        DiplomaticEvent report = standing.get(eventId);
        if (report == null) {
            TopicEvent retraction = retractedBy.get(eventId);
            return retraction == null
                    ? new ReviewOutcome.Refused(ReviewOutcome.Reason.UNKNOWN_EVENT,
                            "topic " + topicId + " has no diplomatic event " + eventId)
                    : decidedOnRetracted(verdict, retraction);
        }
        return switch (verdict.kind()) {
            case CONFIRM -> confirmedBy.containsKey(eventId)
                    ? new ReviewOutcome.AlreadyDecided(confirmedBy.get(eventId))
                    : new ReviewOutcome.Decided(EventConfirmed.of(topicId, eventId, verdict.decidedBy(),
                            verdict.decidedAt(), verdict.comment()));
            case REJECT -> new ReviewOutcome.Decided(EventRejected.of(topicId, eventId, verdict.decidedBy(),
                    verdict.decidedAt(), verdict.comment()));
            case CORRECT -> correct(report, verdict);
        };
    }

    private ReviewOutcome correct(DiplomaticEvent report, Verdict verdict) {
        EventCorrected correction = EventCorrected.of(report, verdict.correction(), verdict.decidedBy(),
                verdict.decidedAt(), verdict.comment());
        if (correction.corrected().withId(report.id()).equals(report)) {
            return new ReviewOutcome.Refused(ReviewOutcome.Reason.NO_CHANGE, "the correction of " + report.id()
                    + " says what it says already: confirm it instead");
        }
        return new ReviewOutcome.Decided(correction);
    }

    /** The same rejection or correction again is the one logged; anything else on a retracted report is refused. */
    private static ReviewOutcome decidedOnRetracted(Verdict verdict, TopicEvent retraction) {
        if (verdict.kind() == Verdict.Kind.REJECT && retraction instanceof EventRejected) {
            return new ReviewOutcome.AlreadyDecided(retraction);
        }
        if (verdict.kind() == Verdict.Kind.CORRECT && retraction instanceof EventCorrected logged
                && sameCorrection(logged.corrected(), verdict.correction())) {
            return new ReviewOutcome.AlreadyDecided(retraction);
        }
        String by;
        if (retraction instanceof EventRejected rejected) {
            by = "rejected by " + rejected.decidedBy();
        } else if (retraction instanceof EventCorrected corrected) {
            by = "corrected by " + corrected.decidedBy() + " into " + corrected.corrected().id()
                    + ", which is the one to review now";
        } else {
            by = "retracted (" + ((EventRetracted) retraction).reason() + ")";
        }
        return new ReviewOutcome.Refused(ReviewOutcome.Reason.RETRACTED,
                "event " + verdict.eventId() + " was " + by + " in " + retraction.id());
    }

    private static boolean sameCorrection(DiplomaticEvent logged, DiplomaticEvent asked) {
        return logged.type() == asked.type() && logged.occurredAt().equals(asked.occurredAt())
                && Objects.equals(logged.plannedFor(), asked.plannedFor())
                && logged.actors().equals(asked.actors())
                && Objects.equals(logged.location(), asked.location())
                && Objects.equals(logged.summary(), asked.summary())
                && Objects.equals(logged.subject(), asked.subject());
    }
}
