package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Institutions the gazetteer does not know, recognised by the noun ending their name; sentences of our own. */
class NamedBodiesTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(GazetteerFiles.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Fisheries Ministry said on Monday that talks would go on.     | Fisheries Ministry      |
            Egypt's foreign ministry said the talks had failed.               | Egyptian Foreign Ministry | Egypt
            The Egyptian Foreign Ministry issued a statement.                 | Egyptian Foreign Ministry | Egypt
            After the talks the Joint Border Commission met again.            | Joint Border Commission |
            the South Korean government welcomed the offer.                   | South Korea             | South Korea
            A meeting of the Contact Group opened in Vienna.                  | Contact Group           |
            """)
    void aBodyNounEndsAnInstitutionName(String sentence, String name, String country) {
        List<Mention> bodies = NamedBodies.addTo(sentence, GAZETTEER.find(sentence)).stream()
                .filter(m -> m.entry().kind() == GazetteerEntry.Kind.INSTITUTION).toList();

        assertEquals(1, bodies.size(), bodies.toString());
        assertEquals(name, bodies.get(0).entry().name());
        assertEquals(country, bodies.get(0).entry().country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Government said nothing.
            The UN Security Council met on Monday.
            The ministry said nothing.
            """)
    void noNewBodyWithoutAName(String sentence) {
        List<Mention> known = GAZETTEER.find(sentence);
        assertEquals(known, NamedBodies.addTo(sentence, known));
    }
}
