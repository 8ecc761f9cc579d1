package org.negotiationtracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait preference of Prefer headers, as RFC 7240 writes them. */
class PreferWaitTest {

    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void readsTheWaitAmongOtherPreferencesAndHeaders() {
        assertEquals(Duration.ofSeconds(5), PreferWait.of(List.of("wait=5"), MAX));
        assertEquals(Duration.ofSeconds(10), PreferWait.of(List.of("respond-async, wait=10"), MAX));
        assertEquals(Duration.ofSeconds(3), PreferWait.of(List.of("return=minimal", "Wait = \"3\"; x=y"), MAX));
        assertEquals(Duration.ZERO, PreferWait.of(List.of("wait=0"), MAX));
    }

    @Test
    void aLongerWaitIsCappedAndAnyOtherIsIgnored() {
        assertEquals(MAX, PreferWait.of(List.of("wait=3600"), MAX));
        assertEquals(MAX, PreferWait.of(List.of("wait=999999"), MAX));
        assertNull(PreferWait.of(List.of("wait=9999999"), MAX), "more digits than any wait worth reading");
        assertNull(PreferWait.of(List.of("wait=-1", "wait=soon", "wait", "respond-async"), MAX));
        assertNull(PreferWait.of(null, MAX));
    }
}
