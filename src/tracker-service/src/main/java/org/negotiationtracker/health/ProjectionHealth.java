package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.projection.ProjectionProgress;

/**
 * How far the read models have folded the log, and how far behind its head they are. Lag alone does not make the
 * service unready (a read that needs a position waits for it); being unable to read the position does.
 */
@ApplicationScoped
public class ProjectionHealth {

    private final ProjectionProgress progress;
    private final EventLog log;

    ProjectionHealth(ProjectionProgress progress, EventLog log) {
        this.progress = progress;
        this.log = log;
    }

    @Readiness
    HealthCheck projection() {
        return () -> {
            try {
                ProjectionProgress.Projected projected = progress.current();
                long head = log.head();
                return HealthCheckResponse.named("projection").up()
                        .withData("generation", projected.generation())
                        .withData("position", projected.position())
                        .withData("lag", Math.max(0, head - projected.position()))
                        .build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("projection").down().withData("error", e.getMessage()).build();
            }
        };
    }
}
