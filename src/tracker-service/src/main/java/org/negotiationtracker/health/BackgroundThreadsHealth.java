package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.lifecycle.BackgroundThreads;

/**
 * Every background thread this instance started must still run (the log's writer, the live feed, and those of
 * PostgreSQL and Kafka when they are in use): one that died does not come back without a restart.
 */
@ApplicationScoped
public class BackgroundThreadsHealth {

    private final BackgroundThreads threads;

    BackgroundThreadsHealth(BackgroundThreads threads) {
        this.threads = threads;
    }

    @Liveness
    HealthCheck backgroundThreads() {
        return () -> {
            HealthCheckResponseBuilder check = HealthCheckResponse.named("background-threads").up();
            for (BackgroundThread thread : threads.all()) {
                if (thread.failure() != null) {
                    check.down();
                }
                check.withData(thread.name(), state(thread));
            }
            return check.build();
        };
    }

    private static String state(BackgroundThread thread) {
        if (thread.failure() != null) {
            return "died: " + thread.failure();
        }
        return thread.isAlive() ? "running" : "stopped";
    }
}
