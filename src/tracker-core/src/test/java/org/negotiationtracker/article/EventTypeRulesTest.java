package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * The type of an event and its date from one sentence of our own, published on Thursday 11 March 2021:
 * tense and modality decide held versus scheduled, negation removes the event; what is history.
 */
class EventTypeRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sergey Lavrov met Wang Yi in Beijing on Monday.                     | meeting.held      | 2021-03-08
            Sergey Lavrov held talks with Wang Yi in Beijing on Monday.         | meeting.held      | 2021-03-08
            Sergey Lavrov will meet Wang Yi in Beijing on Monday.               | meeting.scheduled | 2021-03-15
            Sergey Lavrov is to visit Beijing on 3 April.                       | meeting.scheduled | 2021-04-03
            Sergey Lavrov plans to visit Beijing next month.                    | meeting.scheduled | 2021-04
            Wang Yi is expected to travel to Moscow for talks in mid-April.     | meeting.scheduled | 2021-04
            Sergey Lavrov and Wang Yi did not meet in Beijing on Monday.        | none              |
            Russia and China signed a trade agreement on Tuesday.               | document.signed   | 2021-03-09
            Russia and China agreed on a new trade framework earlier this week. | agreement.reached | 2021-03-08
            No agreement was reached in the talks between Russia and China on Tuesday. | meeting.held | 2021-03-09
            Russia and China failed to agree on a new framework on Tuesday.     | none              |
            Russia and China fell short of agreement on a new framework on Tuesday. | none          |
            Russia and China were unable to reach agreement on the framework on Tuesday. | none     |
            Russia and China called off the talks planned for Friday.           | meeting.cancelled | 2021-03-12
            Russia pulled out of a planned meeting with China on Thursday.      | meeting.cancelled | 2021-03-11
            The meeting of Russia and China, scheduled for Friday, was postponed. | meeting.cancelled | 2021-03-12
            Talks between Sergey Lavrov and Wang Yi broke down on Tuesday.      | talks.suspended   | 2021-03-09
            Wang Yi walked out of the talks with Russia on Tuesday.             | talks.suspended   | 2021-03-09
            Russia and China have reached an agreement that must be finalised by June 30. | agreement.reached | 2021-03-11
            Wang Yi briefed Xi Jinping on the talks with Russia on Tuesday.     | briefing.held     | 2021-03-09
            China urged Russia on Tuesday to lift the restrictions.             | demand.made       | 2021-03-09
            Sergey Lavrov said on Wednesday that Russia values the dialogue with China. | statement.issued | 2021-03-10
            Sergey Lavrov insisted on Wednesday that Russia would not join any new framework. | statement.issued | 2021-03-10
            China insisted on Tuesday that Russia must lift the restrictions.   | demand.made       | 2021-03-09
            China insisted on a withdrawal of the restrictions on Tuesday.      | demand.made       | 2021-03-09
            China presented a proposal on the trade framework on Tuesday.       | proposal.made     | 2021-03-09
            Sergey Lavrov said on Tuesday that a Chinese proposal on the framework was on the table. | statement.issued | 2021-03-09
            Russia and China sent their envoys to the Beijing talks this week.  | none              |
            Russian and Chinese negotiators reconvened in Geneva on Tuesday.    | meeting.held      | 2021-03-09
            The European Union welcomed the talks between Russia and China on Tuesday. | statement.issued | 2021-03-09
            China accused Russia on Tuesday of stalling the talks.              | statement.issued  | 2021-03-09
            Russia rejected the Chinese proposal on Tuesday.                    | statement.issued  | 2021-03-09
            China called on Russia on Tuesday to lift the restrictions.         | demand.made       | 2021-03-09
            China demanded on Tuesday that Russia lift the restrictions before any new framework is signed. | demand.made | 2021-03-09
            China put forward a proposal on the trade framework on Tuesday.     | proposal.made     | 2021-03-09
            Russia and China returned to the negotiating table on Tuesday.      | talks.resumed     | 2021-03-09
            Russia and China announced on Tuesday that a ceasefire had been reached. | agreement.reached | 2021-03-09
            The talks between Russia and China collapsed on Tuesday.            | talks.suspended   | 2021-03-09
            Russia and China pushed back the talks planned for Friday.          | meeting.cancelled | 2021-03-12
            China on Tuesday called off a meeting with Russian officials planned for Friday. | meeting.cancelled | 2021-03-12
            Wang Yi received Sergey Lavrov in Beijing on Tuesday.               | meeting.held      | 2021-03-09
            Russia and China initialled the trade agreement in Beijing on Tuesday. | document.signed | 2021-03-09
            Russia's parliament approved the trade agreement with China on Tuesday. | none        |
            Russia recalled its ambassador from Beijing on Tuesday.             | none              |
            Russia has proposed holding the next round of talks with China in Moscow in April, a diplomat said on Tuesday. | proposal.made | 2021-03-09
            Russia has suspended the talks with China, the Russian foreign ministry said on Tuesday. | talks.suspended | 2021-03-09
            Russia and China met for a second day on Wednesday.                | meeting.held      | 2021-03-09
            China tabled a new proposal on the trade framework on Tuesday.      | proposal.made     | 2021-03-09
            Russia submitted a draft agreement to China on Tuesday.             | proposal.made     | 2021-03-09
            China set out its conditions for a deal on Tuesday, demanding that Russia lift the restrictions. | demand.made | 2021-03-09
            Sergey Lavrov gave a news conference on the talks with China in Moscow on Tuesday. | briefing.held | 2021-03-09
            China froze the talks with Russia on Tuesday.                       | talks.suspended   | 2021-03-09
            The talks between Russia and China were put on hold on Tuesday.    | talks.suspended   | 2021-03-09
            Russia withdrew from the talks with China on Tuesday.               | meeting.cancelled | 2021-03-09
            A new round of talks between Russia and China is slated for early April. | meeting.scheduled | 2021-04
            The talks resumed in Geneva on Tuesday after a two-year pause.     | talks.resumed     | 2021-03-09
            The fourth round of talks ended in Geneva on Tuesday.              | meeting.held      | 2021-03-09
            The next round of talks will take place in Geneva on March 20.     | meeting.scheduled | 2021-03-20
            Talks between the two sides broke down on Tuesday.                 | talks.suspended   | 2021-03-09
            In a closing statement, Russian Foreign Minister Sergey Lavrov said the talks had been disappointing. | statement.issued | 2021-03-11
            Russia and China are to sign the trade agreement on Friday, officials said. | meeting.scheduled | 2021-03-12
            The next round of the talks, initially planned for March 20, has been postponed until further notice, the Russian foreign ministry said. | meeting.cancelled | 2021-03-20
            The forum, which was due to resume on Friday, has been postponed indefinitely, the ministry said. | meeting.cancelled | 2021-03-12
            The East Asian regional bloc has postponed the resumption of the trade talks, which was scheduled for March 20. | meeting.cancelled | 2021-03-20
            The second phase of the forum will open on March 20 in Geneva.    | meeting.scheduled | 2021-03-20
            Talks between the government and the rebels are set to resume next Tuesday in Geneva. | meeting.scheduled | 2021-03-16
            Russia and China released a joint statement on Tuesday.             | statement.issued  | 2021-03-09
            “The talks with China were useful,” Sergey Lavrov wrote on Tuesday. | statement.issued  | 2021-03-09
            Russia and China agreed on Tuesday to postpone the talks planned for Friday. | meeting.cancelled | 2021-03-12
            The Russian Foreign Ministry met on Monday. The organisation said on Tuesday that the talks with China were useful. | meeting.held | 2021-03-08
            China called off the summit with Russia on Tuesday. Xi Jinping and Vladimir Putin were scheduled to meet in Beijing on 20 March. | meeting.cancelled | 2021-03-20
            Xi Jinping and Vladimir Putin were scheduled to meet in Beijing on 20 March. On Tuesday China cancelled the summit, citing the pandemic. | meeting.cancelled | 2021-03-20
            """)
    void typeAndDateFromTheSentence(String sentence, String type, String date) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        List<String> found = extraction.events().stream()
                .map(e -> e.type().wireName() + " " + (e.plannedFor() != null ? e.plannedFor() : e.occurredAt()))
                .toList();
        assertEquals(type.equals("none") ? List.of() : List.of(type + " " + date), found);
    }

    /**
     * An article of the morning after talks: what was said with no day of its own was said at them, the day before
     * publication; what "has" been said, or was said after talks of an earlier day, is of the publication day.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian and Chinese negotiators met in Geneva on Wednesday. “The talks were useful,” Sergey Lavrov said. | 2021-03-10
            Russian and Chinese negotiators met in Geneva on Tuesday. “The talks were useful,” Sergey Lavrov said.   | 2021-03-11
            Russian and Chinese negotiators met in Geneva on Wednesday. Sergey Lavrov has said the talks were useful. | 2021-03-11
            """)
    void anUndatedStatementTheMorningAfterTalksIsOfTheirDay(String sentences, String statementDay) {
        Article article = new Article("t", sentences + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        assertEquals(List.of(statementDay), Fixtures.ofType(extraction, EventType.STATEMENT_ISSUED).stream()
                .map(e -> e.occurredAt().toString()).toList());
    }

    /** "Postponed to 20 March": the day is the new plan's; the day called off is not told, so it takes the publication's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China postponed the talks to 20 March.                            | 2021-03-20
            The talks between Russia and China have been pushed back until next week.    | 2021-03-15
            """)
    void aCallOffToANewDayTellsTheNewPlan(String sentence, String newDay) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        assertEquals(List.of("meeting.scheduled " + newDay, "meeting.cancelled 2021-03-11"), extraction.events().stream()
                .map(e -> e.type().wireName() + " " + e.plannedFor()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China agreed on the trade framework on Tuesday.            | 2021-03-11 | false
            Russia and China agreed on the trade framework last month.            | 2021-03-11 | true
            Russia and China agreed on the trade framework in late February.      | 2021-03-02 | false
            Russia and China agreed on the trade framework in 2020.               | 2021-03-11 | true
            Russia and China had agreed on the trade framework on 20 February.    | 2021-03-11 | true
            Russia and China had agreed on the trade framework on Monday.         | 2021-03-11 | false
            Russia and China agreed on the trade framework on 20 February.        | 2021-03-11 | false
            """)
    void historyIsWhatAnEarlierMonthOrAnOldPluperfectDates(String sentence, String published, boolean background) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse(published));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        assertEquals(List.of(background), Fixtures.ofType(extraction, EventType.AGREEMENT_REACHED).stream()
                .map(ExtractedEvent::background).toList());
    }

    /**
     * Who acts where the sentence names no one, or names someone by an organisation: the topic's sides for "the
     * talks" and "the negotiators" (a side's own country named beside them), a country's side for its state
     * ("Government of Russia"), a mediator of an organisation that acts for itself, and the organisation an official
     * the text does not name speaks for, and "the bloc", the organisation of states the text named last; a party the
     * gazetteer knows by another name keeps the name the topic gives it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks resumed in Geneva on Tuesday after a two-year pause.     | Russia, China        | Russia; China
            The negotiators agreed on the timetable in Geneva on Tuesday.      | Russia, China        | Russia; China
            The two foreign ministers spoke by telephone on Tuesday and agreed on the timetable. | Russia, China | Russia; China
            Vladimir Putin signed the trade agreement in Geneva on Tuesday.    | Government of Russia, China | Vladimir Putin
            The African Union's envoy, Amara Kouyate, proposed a ceasefire on Tuesday. | Russia, China | African Union; Amara Kouyate
            The Intergovernmental Authority on Development postponed the talks planned for Friday. | Russia, China, IGAD | IGAD
            The East Asian regional bloc has postponed the resumption of the talks on Russia, which was scheduled for March 20. | Russia, China | Russia; China
            A senior Kremlin official said on Tuesday that the talks with China were useful. | Russia, China | Kremlin
            The talks with China were useful, a Kremlin spokesman said on Tuesday. | Russia, China | Kremlin
            Kremlin aide Yuri Ushakov said on Tuesday that the talks with China were useful. | Russia, China | Yuri Ushakov
            European Union ministers met in Brussels on Monday. The bloc said on Tuesday that the talks with Russia were useful. | Russia, China, European Union | European Union
            European Union ministers met in Brussels on Monday. The bloc's envoy, Anna Berg, said on Tuesday that the talks with Russia were useful. | Russia, China, European Union | Anna Berg
            """)
    void actorsFromTheSentenceOrTheTopic(String sentence, String parties, String actors) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article, List.of(Fixtures.topic("russia-china",
                List.of(parties.split(", ")), List.of("trade framework"))));

        assertEquals(List.of(actors), extraction.events().stream().filter(e -> e.type() != EventType.MEETING_HELD)
                .map(e -> String.join("; ", e.actors().stream().map(a -> a.name()).toList())).toList());
    }
}
