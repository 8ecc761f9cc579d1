package org.negotiationtracker.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ClosedConnectionLogFilterTest {

    private final ClosedConnectionLogFilter filter = new ClosedConnectionLogFilter();

    private static LogRecord record(String logger, Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "Exception in SSE server handling, impossible to send it to client");
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aClientThatLeftMidWriteIsNotAnError() {
        assertFalse(filter.isLoggable(record(ClosedConnectionLogFilter.STREAMING_HANDLER, new IOException("Broken pipe"))));
        assertFalse(filter.isLoggable(record(ClosedConnectionLogFilter.STREAMING_HANDLER,
                new IllegalStateException("write failed", new ClosedChannelException()))));
    }

    @Test
    void everythingElseIsStillLogged() {
        assertTrue(filter.isLoggable(record(ClosedConnectionLogFilter.STREAMING_HANDLER,
                new IllegalStateException("no writer for the entity"))));
        assertTrue(filter.isLoggable(record(ClosedConnectionLogFilter.STREAMING_HANDLER, null)));
        assertTrue(filter.isLoggable(record("org.negotiationtracker.kafka.OutboxRelay", new IOException("Broken pipe"))));
    }
}
