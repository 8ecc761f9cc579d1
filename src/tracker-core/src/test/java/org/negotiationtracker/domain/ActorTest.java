package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void theKeyOfAnActorIsItsNormalizedName() {
        Actor withAccent = new Actor("Sergéy  Lavrov,", "Russia", "Foreign Minister");
        Actor plain = new Actor("sergey lavrov", null, null);

        assertEquals("sergey lavrov", withAccent.key());
        assertEquals(withAccent.key(), plain.key());
    }

    @Test
    void distinctNamesStayDistinct() {
        assertNotEquals(new Actor("Sergey Lavrov", null, null).key(), new Actor("Sergei Lavrov", null, null).key());
        assertNotEquals(new Actor("Taro Kono", null, null).key(), new Actor("Kono", null, null).key());
        assertNotEquals(new Actor("Shinzo Abe", null, null).key(), new Actor("Shinzo Abe Jr", null, null).key());
        assertNotEquals(new Actor("Sergey Lavrov", null, null).key(), new Actor("Lavrov Sergey", null, null).key());
        assertNotEquals(new Actor("Мария Захарова", null, null).key(), new Actor("Maria Zakharova", null, null).key());
    }

    @Test
    void anActorNeedsAName() {
        assertThrows(NullPointerException.class, () -> new Actor(null, "Russia", null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("  ", "Russia", null));
    }
}
