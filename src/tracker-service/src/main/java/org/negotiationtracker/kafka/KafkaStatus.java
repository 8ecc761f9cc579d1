package org.negotiationtracker.kafka;

import jakarta.enterprise.context.ApplicationScoped;

/** What this instance last learned about Kafka, for health checks that must answer without waiting on it. */
@ApplicationScoped
class KafkaStatus {

    private volatile boolean reachable;
    private volatile String lastError = "not contacted yet";
    private volatile boolean publisher;

    void reachable() {
        reachable = true;
        lastError = null;
    }

    void unreachable(Throwable error) {
        reachable = false;
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    void publisher(boolean publishing) {
        publisher = publishing;
    }

    boolean isReachable() {
        return reachable;
    }

    String lastError() {
        return lastError;
    }

    boolean isPublisher() {
        return publisher;
    }
}
