package org.negotiationtracker.projection;

import java.util.List;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TopicState;

/** A line of the topic list: what a dashboard shows before opening a topic. */
public record TopicSummary(String id, String title, List<String> parties, String status,
                           TopicState.Meeting lastMeetingHeld, TopicState.PlannedMeeting nextScheduled,
                           int eventCount, int reportCount, PartialDate lastEventAt, int version, long position) {

    static TopicSummary of(TopicState state) {
        return new TopicSummary(state.id(), state.title(), state.parties(), state.status(), state.lastMeetingHeld(),
                state.scheduled().isEmpty() ? null : state.scheduled().get(0), state.eventCount(),
                state.reportCount(), state.lastEventAt(), state.version(), state.position());
    }
}
