package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.lifecycle.BackgroundThread;

/**
 * The log's writer must be running for the service to live (when it died, the check says why), and the log
 * readable for it to serve.
 */
@ApplicationScoped
public class EventLogHealth {

    private final EventLog log;

    EventLogHealth(EventLog log) {
        this.log = log;
    }

    @Liveness
    HealthCheck writer() {
        return () -> {
            BackgroundThread writer = log.writer();
            HealthCheckResponseBuilder check = HealthCheckResponse.named("event-log-writer").status(writer.isAlive());
            return writer.failure() == null ? check.build() : check.withData("error", writer.failure()).build();
        };
    }

    @Readiness
    HealthCheck logHead() {
        return () -> {
            try {
                return HealthCheckResponse.named("event-log").up().withData("head", log.head()).build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("event-log").down().withData("error", e.getMessage()).build();
            }
        };
    }
}
