package org.negotiationtracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import org.negotiationtracker.eventlog.AppendListener;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * Throws an {@link Error} inside the writer's transaction when a topic whose id starts with {@value #PREFIX} is
 * appended, as a real one (out of memory) would. Only {@link LethalListenerProfile} enables it.
 */
@Alternative
@ApplicationScoped
public class LethalAppendListener implements AppendListener {

    static final String PREFIX = "lethal-";

    @Override
    public void onAppend(List<LoggedEvent> appended) {
        if (appended.stream().anyMatch(logged -> logged.event().topicId().startsWith(PREFIX))) {
            throw new OutOfMemoryError("planted by LethalAppendListener");
        }
    }
}
