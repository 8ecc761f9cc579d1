package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.negotiationtracker.eventlog.EventLog;

/** The log's writer must be running for the service to live, and the log readable for it to serve. */
@ApplicationScoped
public class EventLogHealth {

    private final EventLog log;

    EventLogHealth(EventLog log) {
        this.log = log;
    }

    @Liveness
    HealthCheck writer() {
        return () -> HealthCheckResponse.named("event-log-writer").status(log.isWriterAlive()).build();
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
