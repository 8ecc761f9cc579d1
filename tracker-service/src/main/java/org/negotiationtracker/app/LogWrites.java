package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.ExclusiveWork;
import org.negotiationtracker.eventlog.LogUnavailableException;
import org.negotiationtracker.eventlog.PendingEvent;

/** The log's writes as the use cases make them: a refusal or a time-out of the log leaves as a problem. */
@ApplicationScoped
class LogWrites {

    private final EventLog log;

    LogWrites(EventLog log) {
        this.log = log;
    }

    /** @throws AppendRefusedException when the log refuses the events; nothing was appended */
    List<Appended> append(List<PendingEvent> events) {
        return translated(() -> log.append(events));
    }

    <T> T exclusively(ExclusiveWork<T> work) {
        return translated(() -> log.exclusively(work));
    }

    private static <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (AppendRejectedException e) {
            throw new AppendRefusedException(e);
        } catch (LogUnavailableException e) {
            throw ProblemException.logUnavailable(e);
        }
    }
}
