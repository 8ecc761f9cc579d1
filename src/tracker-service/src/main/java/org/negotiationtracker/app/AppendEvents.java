package org.negotiationtracker.app;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.EventRequest;
import org.negotiationtracker.request.JsonBody;

/**
 * Appends one event (a JSON object) or a batch (a JSON array, all or nothing), checked the same way
 * whichever door it came in by: HTTP or the Kafka ingest topic.
 */
@ApplicationScoped
public class AppendEvents {

    private final LogWrites log;
    private final EventCodec codec;
    private final JsonBody body;

    AppendEvents(LogWrites log, EventCodec codec, JsonBody body) {
        this.log = log;
        this.codec = codec;
        this.body = body;
    }

    /**
     * @return where each event ended up, in the order they were given
     * @throws ProblemException when the JSON does not hold valid events, or the log refuses them
     */
    public List<Appended> append(JsonNode json) {
        return log.append(pendingEvents(json));
    }

    /**
     * {@link #append} without holding the caller's thread while the log commits.
     *
     * @throws ProblemException at once when the JSON does not hold valid events; the answer fails with one when the
     *                          log refuses them
     */
    public CompletableFuture<List<Appended>> appendLater(JsonNode json) {
        return log.appendLater(pendingEvents(json));
    }

    private List<PendingEvent> pendingEvents(JsonNode json) {
        List<JsonNode> elements = new ArrayList<>();
        boolean batch = json.isArray();
        if (batch) {
            json.forEach(elements::add);
            if (elements.isEmpty()) {
                throw JsonBody.invalid(List.of(new Problem.FieldError("", "a batch must hold at least one event")));
            }
        } else {
            elements.add(json);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PendingEvent> pending = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            PendingEvent checked = checked(elements.get(i), batch ? "/" + i : "", errors);
            if (checked != null) {
                pending.add(checked);
            }
        }
        if (!errors.isEmpty()) {
            throw JsonBody.invalid(errors);
        }
        return pending;
    }

    /**
     * One event of a request, checked and given its id as every append does; null when it is not a valid event,
     * with what is wrong added to {@code errors} under {@code pointer}.
     */
    PendingEvent checked(JsonNode element, String pointer, List<Problem.FieldError> errors) {
        EventRequest request = body.bind(element, EventRequest.class, pointer, errors);
        return request == null ? null : checkedBound(request, pointer, errors);
    }

    /** {@link #checked(JsonNode, String, List)} of an event bound already, not yet validated. */
    PendingEvent checked(EventRequest bound, String pointer, List<Problem.FieldError> errors) {
        EventRequest request = body.validate(bound, pointer, errors);
        return request == null ? null : checkedBound(request, pointer, errors);
    }

    private PendingEvent checkedBound(EventRequest request, String pointer, List<Problem.FieldError> errors) {
        if (!request.type().isDiplomatic()) {
            errors.add(new Problem.FieldError(pointer + "/type", "\"" + request.type()
                    + "\" is recorded by POST /api/topics; expected one of "
                    + String.join(", ", EventType.wireNames(EventType.diplomaticTypes()))));
            return null;
        }
        return new PendingEvent(toEvent(request), request.expectedVersion());
    }

    private DiplomaticEvent toEvent(EventRequest request) {
        DiplomaticEvent event = request.toEvent(request.id() == null ? "" : request.id());
        return request.id() == null ? event.withId(codec.contentId(event)) : event;
    }
}
