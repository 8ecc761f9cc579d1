package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.negotiationtracker.eventlog.AppendListener;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * Throws an {@link Error} inside the writer's transaction when a topic whose id starts with {@value #PREFIX} is
 * appended, as a real one (out of memory) would. A bean of every test service, armed only where {@value #ARMED}
 * is true: {@link LethalListenerProfile} sets it, since the writer it kills does not come back.
 */
@ApplicationScoped
class LethalAppendListener implements AppendListener {

    static final String ARMED = "test.lethal-append-listener";
    static final String PREFIX = "lethal-";

    private final boolean armed;

    LethalAppendListener(@ConfigProperty(name = ARMED, defaultValue = "false") boolean armed) {
        this.armed = armed;
    }

    @Override
    public void onAppend(List<LoggedEvent> appended) {
        if (armed && appended.stream().anyMatch(logged -> logged.event().topicId().startsWith(PREFIX))) {
            throw new OutOfMemoryError("planted by LethalAppendListener");
        }
    }
}
