package org.negotiationtracker.stream;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A feed window of a few events, so subscribers must catch up from the log itself and then join the window. */
public class SmallWindowProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.stream.window-events", "5");
    }
}
