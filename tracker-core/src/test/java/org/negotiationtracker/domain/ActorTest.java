package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void caseDoesNotMakeAnotherPerson() {
        assertEquals("sergey lavrov", Actor.normalize("SERGEY LAVROV"));
        assertEquals("sergey lavrov", Actor.normalize("Sergey Lavrov"));
        assertEquals("sergey lavrov", Actor.normalize("sergey lavrov"));
    }

    @Test
    void accentsAreDropped() {
        assertEquals("sergey lavrov", Actor.normalize("Sergéy Lavrov"));
        assertEquals("taro kono", Actor.normalize("Tarō Kōno"));
        assertEquals("jose", Actor.normalize("Jos\u0065\u0301"));
    }

    @Test
    void punctuationAndRepeatedSpacesCollapseToOneSpace() {
        assertEquals("sergey lavrov", Actor.normalize("Sergéy  Lavrov,"));
        assertEquals("sergey lavrov", Actor.normalize("  Sergey\t\nLavrov  "));
        assertEquals("jean yves le drian", Actor.normalize("Jean-Yves Le Drian"));
        assertEquals("lavrov sergey", Actor.normalize("Lavrov, Sergey"));
        assertEquals("g20", Actor.normalize("(G20)"));
    }

    @Test
    void textWithNothingButPunctuationNormalizesToNothing() {
        assertEquals("", Actor.normalize(" -,. "));
    }

    @Test
    void otherScriptsAreKeptAndLowerCased() {
        assertEquals("мария захарова", Actor.normalize("Мария  Захарова"));
    }

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
        assertNotEquals(Actor.normalize("Мария Захарова"), Actor.normalize("Maria Zakharova"));
    }

    @Test
    void anActorNeedsAName() {
        assertThrows(NullPointerException.class, () -> new Actor(null, "Russia", null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("  ", "Russia", null));
    }
}
