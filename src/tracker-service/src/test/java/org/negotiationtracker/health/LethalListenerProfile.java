package org.negotiationtracker.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An application of its own, since its log writer is meant to die: the other tests get a fresh one. */
public class LethalListenerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(LethalAppendListener.ARMED, "true");
    }
}
