package org.negotiationtracker.stream;

import io.quarkus.logging.LoggingFilter;
import java.io.IOException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops quarkus-rest's ERROR for a stream whose client went away while a chunk was being written ("Broken
 * pipe", "Connection reset by peer"). For a stream that is how a subscriber leaves, not a failure; the
 * stream is released all the same, and its open-stream gauge goes down. Any other error of that handler
 * is still logged.
 */
@LoggingFilter(name = "closed-connection")
public final class ClosedConnectionLogFilter implements Filter {

    static final String STREAMING_HANDLER = "org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(STREAMING_HANDLER.equals(record.getLoggerName()) && causedByClosedConnection(record.getThrown()));
    }

    private static boolean causedByClosedConnection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
