package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * "Novak has cancelled the upcoming summit with Peru ... Lopes and Novak had been scheduled to meet in Vienna on May
 * 20": a call-off whose own sentence gives no day of the meeting called off is dated by the plan another sentence
 * tells for the same sides, the nearest in the text; that plan, however often the article tells it, is the meeting
 * called off, so it is told once, as called off. A call-off to a new day ("postponed the talks to May 20") tells that
 * plan, and the day called off only where another sentence gives it.
 */
final class CalledOffPlans {

    private static final Pattern MOVED_TO = Pattern.compile("(?i)\\b(?:to|until|till)\\s+$");

    private CalledOffPlans() {
    }

    static List<Candidate> dateByPlans(List<Candidate> candidates, PartialDate published) {
        List<Candidate> result = new ArrayList<>();
        List<Candidate> newPlans = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type() == EventType.MEETING_CANCELLED && candidate.flexibleDate() && movedTo(candidate)) {
                result.add(candidate.undated(published));
                newPlans.add(candidate.as(EventType.MEETING_SCHEDULED));
                result.add(newPlans.get(newPlans.size() - 1));
            } else {
                result.add(candidate);
            }
        }
        for (Candidate callOff : List.copyOf(result)) {
            if (callOff.type() != EventType.MEETING_CANCELLED || (callOff.dated() && !callOff.flexibleDate())) {
                continue;
            }
            List<Candidate> earlierPlans = result.stream().filter(plan -> !newPlans.contains(plan)).toList();
            planCalledOff(earlierPlans, callOff).ifPresent(meeting -> {
                result.set(result.indexOf(callOff), callOff.datedBy(meeting).joinedWith(meeting));
                result.removeIf(plan -> earlierPlans.contains(plan) && isPlanOf(plan, callOff)
                        && plan.date().equals(meeting.date()));
            });
        }
        return result;
    }

    /** "Postponed the talks to May 20", "pushed back until next week": the day is the new plan's. */
    private static boolean movedTo(Candidate callOff) {
        if (!callOff.dated() || callOff.dateExpression() == null) {
            return false;
        }
        String text = callOff.sentence().text();
        int at = text.indexOf(callOff.dateExpression());
        return at > 0 && MOVED_TO.matcher(text.substring(0, at)).find();
    }

    private static Optional<Candidate> planCalledOff(List<Candidate> candidates, Candidate callOff) {
        return candidates.stream().filter(plan -> isPlanOf(plan, callOff) && plan.dated() && !plan.needsDate())
                .min(Comparator.comparingInt(plan -> Math.abs(plan.sentence().start() - callOff.sentence().start())));
    }

    private static boolean isPlanOf(Candidate plan, Candidate callOff) {
        return plan.type() == EventType.MEETING_SCHEDULED
                && (plan.sharesActorWith(callOff) || plan.sharesCountryWith(callOff));
    }
}
