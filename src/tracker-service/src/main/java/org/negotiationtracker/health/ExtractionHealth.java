package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.negotiationtracker.articles.ExtractionProgress;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.extraction.ExtractionWorker;

/**
 * How far the extractor, wherever it runs, has read the log, and, on an instance that runs it, whether its language
 * models are loaded. Neither lag nor models still loading makes the service unready: articles are taken in and wait
 * for their events; being unable to read the extractor's checkpoint does.
 */
@ApplicationScoped
public class ExtractionHealth {

    private final ExtractionProgress progress;
    private final ExtractionWorker worker;
    private final EventLog log;

    ExtractionHealth(ExtractionProgress progress, ExtractionWorker worker, EventLog log) {
        this.progress = progress;
        this.worker = worker;
        this.log = log;
    }

    @Readiness
    HealthCheck extraction() {
        return () -> {
            try {
                long position = progress.position();
                HealthCheckResponseBuilder answer = HealthCheckResponse.named("extraction").up()
                        .withData("position", position)
                        .withData("lag", Math.max(0, log.head() - position))
                        .withData("runsHere", worker.enabled());
                if (worker.enabled()) {
                    answer.withData("modelsLoaded", worker.modelsLoaded());
                }
                return answer.build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("extraction").down().withData("error", e.getMessage()).build();
            }
        };
    }
}
