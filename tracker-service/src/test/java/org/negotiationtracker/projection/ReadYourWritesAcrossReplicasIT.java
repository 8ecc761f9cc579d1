package org.negotiationtracker.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.PostgresVariant;
import org.negotiationtracker.ServiceProcess;

/**
 * Two replicas on one PostgreSQL database: one of them folds the read models, and a client that appends through
 * either and reads through the other with the append's position always sees its write, also once the replica
 * that folded is gone and the other has taken over.
 */
class ReadYourWritesAcrossReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "replicas";
    private static final int ROUNDS = 100;

    @Test
    void aWriteThroughOneReplicaIsReadThroughTheOther() throws Exception {
        PostgresVariant service = PostgresVariant.onFreshDatabase("read_your_writes", "read-your-writes replica test");

        try (ServiceProcess first = service.start();
             ServiceProcess second = service.start()) {
            assertEquals(201, first.post("/api/topics", "{\"id\": \"" + TOPIC + "\", \"title\": \"Replicas\", "
                    + "\"parties\": [\"Russia\", \"Japan\"]}").statusCode());
            ServiceProcess[] replicas = {first, second};
            for (int round = 1; round <= ROUNDS; round++) {
                appendThenReadElsewhere(replicas[round % 2], replicas[(round + 1) % 2], round);
            }
            first.close();
            for (int round = ROUNDS + 1; round <= ROUNDS + 20; round++) {
                appendThenReadElsewhere(second, second, round);
            }
        }
    }

    private static void appendThenReadElsewhere(ServiceProcess writer, ServiceProcess reader, int round)
            throws Exception {
        HttpResponse<String> appended = writer.post("/api/events", "{\"topicId\": \"" + TOPIC + "\", "
                + "\"type\": \"meeting.held\", \"occurredAt\": \"" + java.time.LocalDate.of(2000, 1, 1).plusDays(round)
                + "\", \"actors\": [{\"name\": \"Lavrov\"}]}");
        assertEquals(201, appended.statusCode(), appended.body());
        long position = Long.parseLong(appended.headers().firstValue("Consistency-Position").orElseThrow());
        HttpResponse<String> read = reader.get("/api/topics/" + TOPIC + "?minPosition=" + position);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode state = JSON.readTree(read.body());
        assertEquals(round, state.get("reportCount").asInt(), "round " + round + " reads its own write");
        assertTrue(Long.parseLong(read.headers().firstValue("Projection-Position").orElseThrow()) >= position);
    }
}
