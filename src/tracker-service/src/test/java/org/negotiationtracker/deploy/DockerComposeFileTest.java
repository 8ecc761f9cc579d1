package org.negotiationtracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.RepositoryFiles;

/**
 * There is no container engine here to run docker-compose.yml, so this reads it the way Compose would
 * and checks the wiring: the service reaches the broker and the database by their service names and
 * advertised ports, with the credentials the database was created with, and starts only once both are
 * healthy.
 */
class DockerComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode services = read().get("services");

    @Test
    void everyServiceHasAnImageOrABuildAndAHealthCheck() {
        assertTrue(services.at("/postgres/image").asText().startsWith("postgres:"));
        assertTrue(services.at("/kafka/image").asText().startsWith("apache/kafka:"));
        Path dockerfile = RepositoryFiles.resolve(services.at("/tracker/build/context").asText())
                .resolve(services.at("/tracker/build/dockerfile").asText());
        assertTrue(Files.isRegularFile(dockerfile), "the service is built from " + dockerfile);
        for (String name : List.of("postgres", "kafka", "tracker")) {
            JsonNode test = services.at("/" + name + "/healthcheck/test");
            assertTrue(test.isArray() && test.size() > 1, name + " has a health check");
        }
    }

    @Test
    void kafkaRunsInKraftModeAndAdvertisesAnAddressTheStackResolves() {
        JsonNode kafka = services.at("/kafka/environment");
        assertEquals("broker,controller", kafka.get("KAFKA_PROCESS_ROLES").asText());
        assertEquals(kafka.get("KAFKA_NODE_ID").asText() + "@kafka:",
                kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText().replaceAll("\\d+$", ""));
        assertFalse(kafka.has("KAFKA_ZOOKEEPER_CONNECT"));
        assertTrue(kafka.get("KAFKA_ADVERTISED_LISTENERS").asText().contains(
                services.at("/tracker/environment/TRACKER_KAFKA_BOOTSTRAP_SERVERS").asText()),
                "the service bootstraps from an advertised listener of the broker");
        assertTrue(services.at("/tracker/environment/TRACKER_KAFKA_BOOTSTRAP_SERVERS").asText().startsWith("kafka:"));
    }

    @Test
    void theServiceUsesTheDatabaseTheStackCreates() {
        JsonNode postgres = services.at("/postgres/environment");
        JsonNode tracker = services.at("/tracker/environment");
        URI url = URI.create(tracker.get("QUARKUS_DATASOURCE_JDBC_URL").asText().substring("jdbc:".length()));
        assertEquals("postgresql", url.getScheme());
        assertEquals("postgres", url.getHost());
        assertEquals("/" + postgres.get("POSTGRES_DB").asText(), url.getPath());
        assertEquals(postgres.get("POSTGRES_USER").asText(), tracker.get("QUARKUS_DATASOURCE_USERNAME").asText());
        assertEquals(postgres.get("POSTGRES_PASSWORD").asText(), tracker.get("QUARKUS_DATASOURCE_PASSWORD").asText());
    }

    @Test
    void theServiceStartsOnceBothAreHealthyAndIsCheckedOnItsReadinessEndpoint() throws Exception {
        for (String dependency : List.of("postgres", "kafka")) {
            assertEquals("service_healthy", services.at("/tracker/depends_on/" + dependency + "/condition").asText());
        }
        assertTrue(services.at("/tracker/healthcheck/test").toString().contains("localhost:8080/q/health/ready"));
        assertTrue(services.at("/tracker/ports").toString().contains("8080:8080"));
        String dockerfile = Files.readString(RepositoryFiles.resolve("src/tracker-service/src/main/docker/Dockerfile"));
        assertTrue(dockerfile.contains("-Dquarkus.profile=postgres"), "built for PostgreSQL");
        assertTrue(dockerfile.contains("quarkus-run.jar"));
    }

    private static JsonNode read() {
        try {
            return YAML.readTree(RepositoryFiles.resolve("docker-compose.yml").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
