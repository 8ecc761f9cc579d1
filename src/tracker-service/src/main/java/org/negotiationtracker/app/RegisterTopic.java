package org.negotiationtracker.app;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.negotiationtracker.domain.TopicRegistered;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.request.TopicRequest;

/** Registers a negotiation topic as a topic.registered event, idempotent by id. */
@ApplicationScoped
public class RegisterTopic {

    private final LogWrites log;
    private final JsonBody body;

    RegisterTopic(LogWrites log, JsonBody body) {
        this.log = log;
        this.body = body;
    }

    /**
     * @return the registration's place in the log, a duplicate when the same definition was registered before
     * @throws ProblemException when the JSON is not a valid topic, or its id is taken by a different definition
     */
    public Appended register(JsonNode json) {
        TopicRequest request = body.bind(json, TopicRequest.class);
        return log.append(List.of(new PendingEvent(TopicRegistered.of(request.toDefinition()), null))).get(0);
    }
}
