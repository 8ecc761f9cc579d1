package org.negotiationtracker.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LruMapTest {

    @Test
    void theLeastRecentlyUsedEntryMakesRoom() {
        LruMap<String, Integer> map = new LruMap<>(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");

        map.put("c", 3);

        assertEquals(Set.of("a", "c"), map.keySet());
    }
}
