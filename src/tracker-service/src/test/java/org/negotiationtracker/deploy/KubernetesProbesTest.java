package org.negotiationtracker.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.RepositoryFiles;

/**
 * The Kubernetes manifests of deployment/base ask the running service, not a path that merely looks right:
 * each probe of the Deployment answers UP, and the ServiceMonitor's path serves Prometheus metrics.
 * (deployment/test checks the rest of their wiring on the rendered overlays.)
 */
@QuarkusTest
class KubernetesProbesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyProbeOfTheDeploymentAnswersUp() throws IOException {
        JsonNode container = read("deployment/base/deployment.yaml").at("/spec/template/spec/containers/0");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void theServiceMonitorScrapesThePrometheusMetrics() throws IOException {
        JsonNode endpoints = read("deployment/base/service-monitor.yaml").at("/spec/endpoints");
        assertEquals(1, endpoints.size());
        given().get(endpoints.get(0).get("path").asText()).then().statusCode(200)
                .body(containsString("tracker_append_queued"));
    }

    private static JsonNode read(String path) throws IOException {
        return YAML.readTree(RepositoryFiles.resolve(path).toFile());
    }
}
