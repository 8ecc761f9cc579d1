package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines of a news page that are not the article; all of our own invention. */
class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"Share on Facebook", "Share this article", "READ MORE: Ministers to meet again",
            "READ MORE: Ministers of both countries will meet again in the capital next week to finish the text",
            "Source: Wire Agency", "Photo: Jane Doe/Agency", "[File: Wire Agency]",
            "The minister arrives at the talks. Credit: Agency", "• Ministers meet in Vienna",
            "Accessibility links"})
    void recognisedAsFurniture(String line) {
        assertTrue(PageFurniture.isFurniture(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ruritania and Freedonia held talks in Vienna on Monday.",
            "Ministers to meet again next week", "The source of the dispute is the border."})
    void articleTextIsKept(String line) {
        assertFalse(PageFurniture.isFurniture(line), line);
    }

    @Test
    void aRunOfHeadlinesAfterTheBodyAndARepeatedLineAreSkipped() {
        String text = """
                Ministers meet in Vienna
                Talks resume after a pause
                VIENNA -- The foreign ministers of Ruritania and Freedonia met in Vienna on Monday to discuss the border, officials said.
                Talks resume after a pause
                Freedonia recalls its envoy
                Trade ministers to meet in spring
                Border row flares again
                Envoy says deal ‘within reach’
                The ministers will meet again in May.
                """;
        List<String> kept = PageFurniture.articleLines(text).stream()
                .map(l -> text.substring(l.start(), l.end())).toList();

        assertEquals(List.of("Ministers meet in Vienna", "Talks resume after a pause", text.lines().toList().get(2),
                "The ministers will meet again in May."), kept);
    }
}
