package org.negotiationtracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.app.LogWrites;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventCorrected;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.ReviewLedger;
import org.negotiationtracker.domain.ReviewOutcome;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.domain.Verdict;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.logfollowing.LogFollowing;

/**
 * Records a reviewer's decision on a diplomatic event as an event of its topic: reads what the log holds about the
 * topic's reports, lets the domain say what the decision comes to, and appends it. The same decision again answers
 * with the one logged; a decision on an event retracted meanwhile is a {@code 409}.
 *
 * <p>A decision appended while another retracts its event (between the read and the append) changes nothing in
 * the read models: the fold ignores a confirmation of a retracted report, and a correction of one.
 */
@ApplicationScoped
public class ReviewDecisions {

    private static final int PAGE = 1000;
    /** What a decision depends on: the reports, what retracted them, and the decisions before it. */
    private static final List<EventType> REVIEWED = Stream.concat(EventType.diplomaticTypes().stream(),
            Stream.of(EventType.EVENT_RETRACTED, EventType.EVENT_CONFIRMED, EventType.EVENT_REJECTED,
                    EventType.EVENT_CORRECTED)).toList();

    private final EventLog log;
    private final LogFollowing following;
    private final LogWrites writes;
    private final Clock clock;

    ReviewDecisions(EventLog log, LogFollowing following, LogWrites writes) {
        this.following = following;
        this.log = log;
        this.writes = writes;
        this.clock = Clock.systemUTC();
    }

    /** The outcome: the decision appended now ({@code appended}) or the one logged before. */
    public record Decided(DecisionAnswer answer, boolean appended) {
    }

    /**
     * @param reviewer who decides: the token's {@code upn} or {@code sub}
     * @throws ProblemException 404 for an event the log does not hold as a diplomatic event, 409 for one retracted,
     *                          422 for a request that does not fit its decision
     */
    public Decided decide(String eventId, ReviewRequest request, String reviewer) {
        String topicId = topicOf(eventId);
        Verdict verdict = verdict(eventId, topicId, request, reviewer);
        ReviewLedger ledger = new ReviewLedger(topicId);
        long head = following.head();
        for (LoggedEvent logged : following.readUpTo(head, topicId, REVIEWED, PAGE)) {
            ledger.apply(logged.event());
        }
        ReviewOutcome outcome = ledger.decide(verdict);
        if (outcome instanceof ReviewOutcome.Decided decided) {
            Appended appended = writes.append(List.of(new PendingEvent(decided.decision(), null))).get(0);
            return new Decided(new DecisionAnswer(appended.position(), decided.decision()), !appended.duplicate());
        }
        if (outcome instanceof ReviewOutcome.AlreadyDecided already) {
            LoggedEvent logged = log.findByIds(List.of(already.decision().id())).get(already.decision().id());
            return new Decided(new DecisionAnswer(logged.position(), logged.event()), false);
        }
        ReviewOutcome.Refused refused = (ReviewOutcome.Refused) outcome;
        throw switch (refused.reason()) {
            case UNKNOWN_EVENT -> unknownEvent(eventId);
            case RETRACTED -> new ProblemException(Problem.of(409, "event-retracted", "Event retracted",
                    refused.detail()));
            case NO_CHANGE -> JsonBody.invalid(List.of(new Problem.FieldError("/correction", refused.detail())));
        };
    }

    /** The topic of a diplomatic event, or of the correction whose copy the id names. */
    private String topicOf(String eventId) {
        Map<String, LoggedEvent> found = log.findByIds(List.of(eventId));
        TopicEvent event = found.containsKey(eventId) ? found.get(eventId).event() : null;
        if (event instanceof DiplomaticEvent || event instanceof EventCorrected) {
            return event.topicId();
        }
        throw unknownEvent(eventId);
    }

    private Verdict verdict(String eventId, String topicId, ReviewRequest request, String reviewer) {
        Verdict.Kind kind = Verdict.Kind.valueOf(request.decision().toUpperCase(Locale.ROOT));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == Verdict.Kind.CORRECT && request.correction() == null) {
            errors.add(new Problem.FieldError("/correction", "is required to correct: what the event should say"));
        }
        if (request.correction() != null && !request.correction().type().isDiplomatic()) {
            errors.add(new Problem.FieldError("/correction/type", "must be a diplomatic event type, one of "
                    + String.join(", ", EventType.wireNames(EventType.diplomaticTypes()))));
        }
        if (kind != Verdict.Kind.CORRECT && request.correction() != null) {
            errors.add(new Problem.FieldError("/correction", "belongs to a correction only (decision correct)"));
        }
        if (!errors.isEmpty()) {
            throw JsonBody.invalid(errors);
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return new Verdict(kind, eventId, kind == Verdict.Kind.CORRECT ? request.correction().toEvent(topicId) : null,
                reviewer, clock.instant(), comment);
    }

    private static ProblemException unknownEvent(String eventId) {
        String shown = eventId.length() > 200 ? eventId.substring(0, 200) + "…" : eventId;
        return new ProblemException(Problem.of(404, "unknown-event", "Unknown event",
                "the log holds no diplomatic event \"" + shown + "\" to review"));
    }
}
