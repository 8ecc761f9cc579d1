package org.negotiationtracker.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** An application of its own, since its log writer is meant to die: the other tests get a fresh one. */
public class LethalListenerProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(LethalAppendListener.class);
    }
}
