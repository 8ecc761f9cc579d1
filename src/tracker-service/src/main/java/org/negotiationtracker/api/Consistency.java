package org.negotiationtracker.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.negotiationtracker.app.AtPosition;
import org.negotiationtracker.eventlog.Appended;

/**
 * Reading one's own writes over HTTP: every write answers with the log position it reached in
 * {@code Consistency-Position}; a read that sends it back (or passes it as {@code minPosition}) reflects at least
 * that position, and every read says in {@code Projection-Position} how far the read models it used had got.
 */
final class Consistency {

    static final String CONSISTENCY_POSITION = "Consistency-Position";
    static final String PROJECTION_POSITION = "Projection-Position";
    static final String PROJECTION_POSITION_MEANING = "How far into the log the read models behind this answer "
            + "had folded: the answer reflects every event up to this position";
    static final String READ = "The read models follow the log a little behind the appends. Pass the position an "
            + "append answered with (minPosition, or the Consistency-Position header it answered with) to wait, "
            + "at most tracker.projection.read-wait, until they reflect it: 503 when they do not in time, 400 when "
            + "the log has no such position. Without it the answer comes at once.";

    private Consistency() {
    }

    static Response read(AtPosition<?> answer) {
        return Response.ok(answer.value(), MediaType.APPLICATION_JSON_TYPE)
                .header(PROJECTION_POSITION, answer.position()).build();
    }

    static Response written(Response.ResponseBuilder answer, long position) {
        return answer.header(CONSISTENCY_POSITION, position).build();
    }

    /** The furthest position the appended (or already logged) events stand at. */
    static long reached(List<Appended> events) {
        return events.stream().mapToLong(Appended::position).max().orElse(0);
    }
}
