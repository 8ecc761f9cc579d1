package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer BUNDLED = new Gazetteer(GazetteerFiles.bundled());

    private static List<String> names(String text) {
        return BUNDLED.find(text).stream().map(m -> m.entry().name()).toList();
    }

    @Test
    void spellingsAndTransliterationsNameOnePerson() {
        assertEquals(List.of("Sergey Lavrov"), names("Sergei Lavrov arrived."));
        assertEquals(List.of("Sergey Lavrov"), names("SERGEY LAVROV arrived."));
        assertEquals(List.of("Recep Tayyip Erdogan"), names("Recep Tayyip Erdoğan spoke."));
    }

    @Test
    void aSurnameCountsOnceTheArticleHasNamedThePersonInFull() {
        assertEquals(List.of(), names("Kono spoke first."));
        assertEquals(List.of("Taro Kono", "Taro Kono", "Sergey Lavrov", "Taro Kono", "Sergey Lavrov"),
                names("Kono spoke first. Later Taro Kono met Sergey Lavrov; the Kono-Lavrov talks went on."));
    }

    @Test
    void longestMatchAndCaseRules() {
        assertEquals(List.of("Russian Foreign Ministry"), names("the Russian Foreign Ministry said"));
        assertEquals(List.of("United States"), names("the US said"));
        assertEquals(List.of(), names("told us that"));
        assertEquals(List.of("Munich"), names("at the Munich Security Conference"));
    }

    @Test
    void extraFoldersExtendTheBundledListsWithoutARebuild() throws URISyntaxException {
        Path extra = Path.of(GazetteerTest.class.getResource("/articles/gazetteer-extra").toURI());
        List<GazetteerEntry> entries = new ArrayList<>(GazetteerFiles.bundled());
        entries.addAll(GazetteerFiles.folder(extra));
        Gazetteer extended = new Gazetteer(entries);

        List<Mention> found = extended.find("Ada Quilfeather of Freedonia met Sergey Lavrov.");
        assertEquals(List.of("Ada Quillfeather", "Freedonia", "Sergey Lavrov"),
                found.stream().map(m -> m.entry().name()).toList());
        assertEquals("Foreign Minister", found.get(0).entry().role());
        assertTrue(BUNDLED.find("Ada Quilfeather").isEmpty());
    }

    @Test
    void aFileWhoseNameSaysNoKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GazetteerFiles.read("leaders.tsv",
                new java.io.BufferedReader(new java.io.StringReader("name\nX\n"))));
    }
}
