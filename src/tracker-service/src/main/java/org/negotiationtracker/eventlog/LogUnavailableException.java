package org.negotiationtracker.eventlog;

/** The log could not confirm an append in time; the client should retry with the same ids. */
public class LogUnavailableException extends RuntimeException {

    public LogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
