package org.negotiationtracker.api;

import java.util.List;
import org.negotiationtracker.eventlog.LoggedEvent;

/** A page of the log; read the next one with {@code after=nextAfter}. */
public record EventPage(List<LoggedEvent> events, long nextAfter) {
}
