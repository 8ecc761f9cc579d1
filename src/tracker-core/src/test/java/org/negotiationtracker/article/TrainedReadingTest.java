package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.PartialDate;

/**
 * What the rules read from the trained models (named entities, lemmas, the dependency parse) that the words
 * alone do not tell, on sentences of our own published on Thursday 11 March 2021. Each line fails with the rules
 * alone: the person is in no gazetteer and has no office, the verb form is in no word list, the date or the
 * modality is told by the structure of the sentence.
 */
class TrainedReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor and Lindqvist met in Moscow on Tuesday to discuss the trade framework.            | meeting.held 2021-03-09 [Okafor, Lindqvist]
            The trade talks between Russia and China planned for 15 March have been delayed for logistical reasons. | meeting.cancelled 2021-03-15 [Russia, China]
            Wang Yi expressed doubts over the March 2 date on Tuesday.                                | statement.issued 2021-03-09 [Wang Yi]
            Wang Yi travelled to Moscow on Tuesday.                                                   | meeting.held 2021-03-09 [Wang Yi]
            Russia and China will sign the trade framework in Beijing on Monday.                      | meeting.scheduled 2021-03-15 [Russia, China]
            Kim Jong Un wrote to Xi Jinping. Kim Tae Ho met Wang Yi in Beijing on Tuesday. Kim said on Wednesday that China and Russia keep the trade framework. | meeting.held 2021-03-09 [Kim Tae Ho, Wang Yi] ; statement.issued 2021-03-10 [Kim Tae Ho]
            """)
    void readsWhatTheModelsTell(String sentence, String expected) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        List<String> events = List.of(expected.split(" ; "));

        assertEquals(events, read(Extractors.SHARED, article));
        assertNotEquals(events, read(Extractors.RULES_ONLY, article), "the rules alone read it too");
    }

    private static List<String> read(ArticleExtractor extractor, Article article) {
        Extraction extraction = extractor.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));
        return extraction.events().stream()
                .map(e -> e.type().wireName() + " " + (e.plannedFor() != null ? e.plannedFor() : e.occurredAt())
                        + " " + e.actors().stream().map(Actor::name).toList())
                .toList();
    }
}
