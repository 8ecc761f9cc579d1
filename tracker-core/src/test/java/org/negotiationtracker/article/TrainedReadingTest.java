package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            In a post on Twitter on Tuesday, Sergey Lavrov said Russia values the trade framework.   | statement.issued 2021-03-09 [Sergey Lavrov]
            The trade talks between Russia and China have been delayed until Monday for logistical reasons. | meeting.cancelled 2021-03-15 [Russia, China]
            Wang Yi expressed doubts over the March 2 date on Tuesday.                                | statement.issued 2021-03-09 [Wang Yi]
            Russia and China will sign the trade framework on Friday, the Russian Foreign Ministry announced. | statement.issued 2021-03-11 [Russian Foreign Ministry]
            Sergey Lavrov would be personally meeting Wang Yi in Beijing on Monday.                   | meeting.scheduled 2021-03-15 [Sergey Lavrov, Wang Yi]
            """)
    void readsWhatTheModelsTell(String sentence, String expected) {
        Article article = new Article("t", sentence + "\nThe talks between Russia and China go on.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        List<String> found = extraction.events().stream()
                .map(e -> e.type().wireName() + " " + (e.plannedFor() != null ? e.plannedFor() : e.occurredAt())
                        + " " + e.actors().stream().map(Actor::name).toList())
                .toList();
        assertEquals(List.of(expected), found);
    }
}
