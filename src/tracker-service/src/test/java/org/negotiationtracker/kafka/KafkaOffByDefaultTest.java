package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without bootstrap servers the service runs as before: no Kafka client, no wait on one, health says so. */
@QuarkusTest
class KafkaOffByDefaultTest {

    @Test
    void readinessSaysKafkaIsDisabledAndNoPublicationLagIsMeasured() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.data.kafka", equalTo("disabled"));
        given().get("/q/metrics").then().statusCode(200).body(not(containsString("tracker_kafka_publication_lag")));
    }
}
