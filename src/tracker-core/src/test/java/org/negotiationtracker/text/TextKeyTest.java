package org.negotiationtracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void caseDoesNotMakeAnotherPerson() {
        assertEquals("sergey lavrov", TextKey.words("SERGEY LAVROV"));
        assertEquals("sergey lavrov", TextKey.words("Sergey Lavrov"));
        assertEquals("sergey lavrov", TextKey.words("sergey lavrov"));
    }

    @Test
    void accentsAreDropped() {
        assertEquals("sergey lavrov", TextKey.words("Sergéy Lavrov"));
        assertEquals("taro kono", TextKey.words("Tarō Kōno"));
        assertEquals("jose", TextKey.words("Jos\u0065\u0301"));
    }

    @Test
    void punctuationAndRepeatedSpacesCollapseToOneSpace() {
        assertEquals("sergey lavrov", TextKey.words("Sergéy  Lavrov,"));
        assertEquals("sergey lavrov", TextKey.words("  Sergey\t\nLavrov  "));
        assertEquals("jean yves le drian", TextKey.words("Jean-Yves Le Drian"));
        assertEquals("lavrov sergey", TextKey.words("Lavrov, Sergey"));
        assertEquals("g20", TextKey.words("(G20)"));
    }

    @Test
    void textWithNothingButPunctuationNormalizesToNothing() {
        assertEquals("", TextKey.words(" -,. "));
    }

    @Test
    void otherScriptsAreKeptAndLowerCased() {
        assertEquals("мария захарова", TextKey.words("Мария  Захарова"));
    }

    @Test
    void aWordKeyIsTheWordInLowerCaseWithoutAccents() {
        assertEquals("kono", TextKey.words("Kōno"));
        assertEquals("abe", TextKey.words("ABE"));
        assertEquals("iran", TextKey.words("İran"));
    }

    @Test
    void aDocumentKeyIgnoresOnlyCaseAndWhiteSpace() {
        assertEquals("the harbour authority said on tuesday that the ferry line will reopen.",
                TextKey.document("  the HARBOUR authority said\non Tuesday   that the ferry\u00a0line will reopen.\n"));
        assertEquals("sergéy lavrov, jean-yves le drian", TextKey.document("Sergéy Lavrov,\tJean-Yves Le Drian"));
    }

    @Test
    void aDocumentKeyFoldsCompatibleForms() {
        assertEquals("the office of the fifth committee: 2", TextKey.document("The o\uFB03ce of the \uFB01fth Committee: \u2082"));
    }
}
