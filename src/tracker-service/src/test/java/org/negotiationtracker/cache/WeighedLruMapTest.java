package org.negotiationtracker.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeighedLruMapTest {

    private final WeighedLruMap<String, List<Integer>> map = new WeighedLruMap<>(5, List::size);

    @Test
    void theLeastRecentlyUsedEntriesMakeRoomUntilTheWeightFits() {
        map.put("a", List.of(1, 2));
        map.put("b", List.of(1, 2));
        map.get("a");

        map.put("c", List.of(1, 2, 3));

        assertEquals(List.of(1, 2), map.get("a"));
        assertNull(map.get("b"));
        assertEquals(5, map.weight());
    }

    @Test
    void aValuePutAgainIsWeighedAgain() {
        map.put("a", List.of(1));
        map.put("b", List.of(1));
        map.put("a", List.of(1, 2, 3, 4, 5));

        assertNull(map.get("b"));
        assertEquals(5, map.weight());
        assertEquals(1, map.size());
    }

    @Test
    void aValueHeavierThanTheCapacityIsNotKeptAndDropsNoOther() {
        map.put("a", List.of(1, 2));

        map.put("b", List.of(1, 2, 3, 4, 5, 6));

        assertNull(map.get("b"));
        assertEquals(List.of(1, 2), map.get("a"));
        assertEquals(2, map.weight());
    }
}
