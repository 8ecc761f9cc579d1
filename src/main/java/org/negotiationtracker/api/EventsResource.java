package org.negotiationtracker.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.projection.TopicQueries;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    private static final int DEFAULT_LIMIT = 100;

    private final EventLog log;
    private final EventCodec codec;
    private final JsonBody body;
    private final TopicQueries topics;
    private final int maxReadLimit;

    EventsResource(EventLog log, EventCodec codec, JsonBody body, TopicQueries topics,
                   @ConfigProperty(name = "tracker.api.max-read-limit") int maxReadLimit) {
        this.log = log;
        this.codec = codec;
        this.body = body;
        this.topics = topics;
        this.maxReadLimit = maxReadLimit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append one event (a JSON object) or a batch (a JSON array, all or nothing)",
            description = "201 when anything was appended, 200 when every event was already in the log.")
    @RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = EventRequest.class)))
    public Response append(InputStream input) {
        JsonNode json = body.parse(input);
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
            String pointer = batch ? "/" + i : "";
            EventRequest request = body.bind(elements.get(i), EventRequest.class, pointer, errors);
            if (request == null) {
                continue;
            }
            if (!request.type().isDiplomatic()) {
                errors.add(new Problem.FieldError(pointer + "/type", "\"" + request.type()
                        + "\" is recorded by POST /api/topics; expected one of "
                        + String.join(", ", EventType.wireNames(EventType.diplomaticTypes()))));
                continue;
            }
            pending.add(new PendingEvent(toEvent(request), request.expectedVersion()));
        }
        if (!errors.isEmpty()) {
            throw JsonBody.invalid(errors);
        }
        AppendResponse response = AppendResponse.of(log.append(pending));
        return Response.status(response.appended() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(response).build();
    }

    @GET
    @Operation(summary = "Read the log in position order",
            description = "Tail the log by passing the previous page's nextAfter; no committed event is ever skipped.")
    public EventPage read(@QueryParam("after") String after, @QueryParam("limit") String limit,
                          @QueryParam("topic") String topic, @QueryParam("types") List<String> types) {
        long from = QueryParameters.position("after", after);
        int count = QueryParameters.limit(limit, DEFAULT_LIMIT, maxReadLimit);
        List<EventType> filter = QueryParameters.types(types);
        String topicId = topic == null || topic.isBlank() ? null : topic.strip();
        if (topicId != null && !topics.exists(topicId)) {
            throw ProblemException.topicNotFound(topicId);
        }
        List<LoggedEvent> events = log.read(from, count, topicId, filter);
        return new EventPage(events, events.isEmpty() ? from : events.get(events.size() - 1).position());
    }

    private DiplomaticEvent toEvent(EventRequest request) {
        DiplomaticEvent event = request.toEvent(request.id() == null ? "" : request.id());
        return request.id() == null ? event.withId(codec.contentId(event)) : event;
    }
}
