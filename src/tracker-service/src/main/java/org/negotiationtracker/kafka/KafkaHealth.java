package org.negotiationtracker.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka's state as readiness data. The check stays UP when Kafka is down: reads, HTTP appends and SSE
 * go on without it, and the log keeps what is not yet published. It says so, and how far behind it is.
 */
@ApplicationScoped
class KafkaHealth {

    private final KafkaConfig settings;
    private final KafkaStatus status;
    private final PublicationLag lag;

    KafkaHealth(KafkaConfig settings, KafkaStatus status, PublicationLag lag) {
        this.settings = settings;
        this.status = status;
        this.lag = lag;
    }

    @Readiness
    HealthCheck kafka() {
        return () -> {
            HealthCheckResponseBuilder check = HealthCheckResponse.named("kafka").up();
            if (!settings.enabled()) {
                return check.withData("kafka", "disabled").build();
            }
            check.withData("kafka", status.isReachable() ? "available" : "unavailable")
                    .withData("publisher", status.isPublisher());
            if (status.lastError() != null) {
                check.withData("error", status.lastError());
            }
            try {
                check.withData("publishedPosition", lag.publishedPosition()).withData("lag", lag.events());
            } catch (RuntimeException e) {
                check.withData("lag", "unknown: " + e.getMessage());
            }
            return check.build();
        };
    }
}
