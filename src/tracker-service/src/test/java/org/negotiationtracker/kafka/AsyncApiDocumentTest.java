package org.negotiationtracker.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.RepositoryFiles;

/** The AsyncAPI document names the topics, headers and attributes the code actually uses. */
class AsyncApiDocumentTest {

    private final JsonNode document = read();

    @Test
    void channelsAreTheDefaultTopics() {
        Map<String, String> addresses = Map.of("events", "negotiation.events", "state", "negotiation.state",
                "ingest", "negotiation.ingest", "deadLetters", "negotiation.ingest.dlq");
        addresses.forEach((channel, topic) -> assertEquals(topic,
                document.at("/channels/" + channel + "/address").asText(), channel));
    }

    @Test
    void headersAreTheOnesTheServiceWrites() {
        JsonNode eventHeaders = document.at("/components/messages/LoggedEvent/headers/properties");
        for (String extension : List.of(EventCloudEvents.POSITION, EventCloudEvents.TOPIC_VERSION,
                EventCloudEvents.OCCURRED_AT, DistributedTracingExtension.TRACEPARENT,
                DistributedTracingExtension.TRACESTATE)) {
            assertTrue(eventHeaders.has("ce_" + extension), extension);
        }
        JsonNode letterHeaders = document.at("/components/messages/DeadLetter/headers/properties");
        for (String header : List.of(IngestConsumer.ERROR_HEADER, IngestConsumer.ERROR_TYPE_HEADER,
                IngestConsumer.ORIGINAL_TOPIC_HEADER, IngestConsumer.ORIGINAL_PARTITION_HEADER,
                IngestConsumer.ORIGINAL_OFFSET_HEADER)) {
            assertTrue(letterHeaders.has(header), header);
        }
    }

    @Test
    void articlesAreToldApartByTheirCloudEventType() {
        assertEquals(IngestRecordBody.ARTICLE_TYPE,
                document.at("/components/messages/IngestArticle/headers/properties/ce_type/const").asText());
        assertTrue(document.at("/channels/ingest/messages/ingestArticle").isObject());
        assertTrue(document.at("/channels/deadLetters/description").asText().contains(IngestConsumer.NO_TOPIC_TYPE));
        JsonNode fields = document.at("/components/schemas/ArticleRequest/properties");
        for (var component : org.negotiationtracker.request.ArticleRequest.class.getRecordComponents()) {
            assertTrue(fields.has(component.getName()), component.getName());
        }
        assertEquals(org.negotiationtracker.request.ArticleRequest.class.getRecordComponents().length, fields.size());
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(RepositoryFiles.resolve("docs/asyncapi.yaml").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
