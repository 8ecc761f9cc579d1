package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negotiationtracker.domain.PartialDate;

/**
 * Sentences of our own, published on Thursday 11 March 2021, yielding each of their events with the actors
 * and date of its own clause; a statement after a meeting takes its day; only plans may lie ahead. The sides of
 * talks are those named after "between", not a country named as the venue; commentators are no actors; a
 * sentence cut off after its event word tells nothing of it; "the two leaders" are the pair just named; who
 * announces a plan makes a statement beside it; a meeting of several days is dated by its first.
 */
class ClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After Russia pulled out of the talks, Sergey Lavrov and Wang Yi held a meeting in Beijing on Tuesday. | meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]; meeting.cancelled 2021-03-09 [Russia]
            Sergey Lavrov and Wang Yi met in Beijing on Tuesday and agreed to continue the talks. | meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]; agreement.reached 2021-03-09 [Sergey Lavrov, Wang Yi]
            The ministers of Russia and China agreed on Tuesday to continue the talks. | agreement.reached 2021-03-09 [Russia, China]; meeting.held 2021-03-09 [Russia, China]
            China will send a delegation to Moscow on Tuesday for talks on the trade framework. | meeting.scheduled 2021-03-16 [China]
            Sergey Lavrov and Wang Yi met in Beijing on Tuesday. Sergey Lavrov told reporters after the talks that the dialogue was useful. | meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]; statement.issued 2021-03-09 [Sergey Lavrov]
            Sergey Lavrov said the Chinese minister would come to Moscow in early 2022. | statement.issued 2021-03-11 [Sergey Lavrov]
            Russia and China agreed to continue the talks when they met in Moscow on Tuesday at a meeting hosted by Sergey Lavrov. | meeting.held 2021-03-09 [Sergey Lavrov, Russia, China]; agreement.reached 2021-03-09 [Russia, China, Sergey Lavrov]
            After signing the trade framework in Moscow, Vladimir Putin and Xi Jinping held a joint press conference. | briefing.held 2021-03-11 [Vladimir Putin, Xi Jinping]; document.signed 2021-03-11 [Vladimir Putin, Xi Jinping]
            Sergey Lavrov and Wang Yi met on Tuesday for talks aimed at eventually signing a trade framework. | meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]
            He said the European Union would lift its sanctions on Russia and China. | 
            Sergey Lavrov said the European Union would lift its sanctions on Russia. | statement.issued 2021-03-11 [Sergey Lavrov]
            China to hold talks with Russia on Monday | meeting.scheduled 2021-03-15 [China, Russia]
            Wang Yi to host Sergey Lavrov for talks on Monday | meeting.scheduled 2021-03-15 [Wang Yi, Sergey Lavrov]
            Russia is meeting its obligations under the trade framework with China. | 
            Russia will only return to the trade framework with China if its conditions are met. |
            Talks between Russia and China ended on Wednesday in Vienna. The two days of talks were intense. | meeting.held 2021-03-09 [Russia, China]
            Sergey Lavrov had announced that the talks with China would resume. | 
            Vladimir Putin's top foreign policy aide said that the talks with China go on. | 
            Russia and China agreed by phone on Tuesday to continue the talks. | agreement.reached 2021-03-09 [Russia, China]
            Sergey Lavrov and Wang Yi talked for hours in their first meeting on Tuesday, a year after Vladimir Putin and Xi Jinping agreed in November to start the talks. | meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]; agreement.reached 2020-11 [Vladimir Putin, Xi Jinping]
            Indirect talks between Russia and China ended on Tuesday in Vienna. | meeting.held 2021-03-09 [Russia, China]
            Indirect talks between Russia and China over the trade framework with the other partners ended on Tuesday in Vienna. | meeting.held 2021-03-09 [Russia, China]
            date 2021-03-11 Talks between Russia and China ended on Tuesday in Vienna. | meeting.held 2021-03-09 [Russia, China]
            In Austria, Russia and China held talks on Tuesday. | meeting.held 2021-03-09 [Russia, China]
            Anna Berg, an analyst at the Vienna Institute, said the talks with China would go on. |
            Trade analyst Anna Berg said on Tuesday that the talks with China would go on. |
            Meanwhile, Sergey Lavrov said the |
            Sergey Lavrov told reporters that progress is expected at the meeting that | statement.issued 2021-03-11 [Sergey Lavrov]
            In a phone call on Tuesday, Vladimir Putin spoke with Xi Jinping. The two leaders also agreed to hold the next round of talks in Moscow. | agreement.reached 2021-03-09 [Vladimir Putin, Xi Jinping]
            Russia declared a halt to the talks with China on Tuesday. | talks.suspended 2021-03-09 [Russia]
            The talks between Russia and China are to be held in a castle outside the capital on Monday. | meeting.scheduled 2021-03-15 [Russia, China]
            The previous meeting between Russia and China was held in July. | meeting.held 2020-07 [Russia, China]
            Russia is due to hold further talks with China next week. | meeting.scheduled 2021-03-15 [Russia, China]
            The Russian army announced on Tuesday that Russia values the dialogue with China. | statement.issued 2021-03-09 [Russian Army]
            Russia and China committed on Tuesday to taking steps to restore the trade framework. | agreement.reached 2021-03-09 [Russia, China]; meeting.held 2021-03-09 [Russia, China]
            Sergey Lavrov said that on Friday he will meet Wang Yi in Moscow. | meeting.scheduled 2021-03-12 [Wang Yi, Sergey Lavrov]; statement.issued 2021-03-11 [Sergey Lavrov]
            Russia and China will sign the trade framework on Friday, the Chinese Foreign Ministry announced. | meeting.scheduled 2021-03-12 [Russia, China]; statement.issued 2021-03-11 [Chinese Foreign Ministry]
            Sergey Lavrov said the second phase of the talks would now open on March 20 in Geneva. | meeting.scheduled 2021-03-20 [Russia, China]; statement.issued 2021-03-11 [Sergey Lavrov]
            The Chinese foreign ministry expressed regret over the postponement of the talks set to open on Friday. | statement.issued 2021-03-11 [Chinese Foreign Ministry]
            Sergey Lavrov said the next session would take place in Geneva on Wednesday. | meeting.scheduled 2021-03-17 [Russia, China]; statement.issued 2021-03-11 [Sergey Lavrov]
            """)
    void eachClauseKeepsItsOwnEvent(String sentence, String events) {
        assertEquals(events == null ? "" : events, extracted(sentence));
    }

    @Test
    void anUndatedMentionNamesTheParticipantsOfTheCountriesDatedCallOff() {
        assertEquals("meeting.cancelled 2021-03-13 [Russia, China, Sergey Lavrov, Wang Yi]",
                extracted("Russia and China postponed the talks planned for Saturday. Sergey Lavrov was to hold a video "
                        + "conference with Wang Yi but it has been rescheduled."));
    }

    @Test
    void theCountriesMeetingAndTheirPeopleMeetingOnOneDayAreOneMeeting() {
        assertEquals("meeting.scheduled 2021-03-15 [Vladimir Putin, Tao Renhai, Russia, China, Sergey Lavrov, Wang Yi]",
                extracted("Sergey Lavrov will meet Wang Yi in Moscow on Monday. Vladimir Putin will meet the Chinese "
                        + "envoy Tao Renhai on Monday. Russia and China will hold talks in Moscow on Monday."));
    }

    @Test
    void peopleTakingPartJoinTheMeetingOfANamedBody() {
        assertEquals("meeting.held 2021-03-11 [Joint Commission, Russia, China, Anna Berg, Tao Renhai]",
                extracted("A meeting of the Joint Commission on Russia and China has started in Vienna. Russian envoy "
                        + "Anna Berg and Chinese envoy Tao Renhai are also taking part."));
    }

    @Test
    void theTwoMinistersAreThePairOfTheLastMeetingWhoeverSpeaks() {
        assertEquals("meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]; meeting.scheduled 2021-05 [Sergey Lavrov, Wang Yi]; "
                        + "statement.issued 2021-03-11 [Chinese Foreign Ministry]",
                extracted("Sergey Lavrov and Wang Yi met in Beijing on Tuesday. The Chinese Foreign Ministry said that the "
                        + "two ministers will meet again before the end of May."));
    }

    /** Undated and naming no one, "the talks" would only lend the topic's sides to the meeting that names its own. */
    @Test
    void anUndatedMentionOfTheTalksAddsNoSidesToTheMeetingThatNamesItsOwn() {
        assertTrue(extracted("Sergey Lavrov and Wang Yi met in Beijing on Tuesday. Lavrov said on Wednesday the meeting "
                + "had been useful. Wang said on Wednesday the meeting had been frank. Lavrov said on Wednesday he "
                + "welcomed the meeting. China said on Wednesday it welcomed the meeting. The talks in Beijing had been "
                + "long.").startsWith("meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi];"));
    }

    @Test
    void countriesAgreeThroughThePeopleWhoMetForThemThatDay() {
        assertEquals("meeting.held 2021-03-11 [Sergey Lavrov, Wang Yi]; "
                        + "agreement.reached 2021-03-11 [Russia, China, Sergey Lavrov, Wang Yi]",
                extracted("Sergey Lavrov and Wang Yi met in Beijing on Thursday. Russia and China have agreed on a new "
                        + "trade framework."));
    }

    @Test
    void theNewsAgencyOfADatelineActsInNothing() {
        assertEquals("meeting.held 2021-03-09 [Russia, China]",
                extracted("BEIJING (Reuters) - Russian and Chinese officials held talks in Beijing on Tuesday."));
    }

    @Test
    void aCountryThatSpeaksInThePastTenseMakesAStatementButAStandingPositionIsNone() {
        assertEquals("statement.issued 2021-03-09 [China]",
                extracted("China accused Russia on Tuesday of stalling the talks. The framework is a project Russia says "
                        + "is vital."));
    }

    @Test
    void someoneOfNoKnownCountryActsInTheTopicsArticleWithoutNamingAParty() {
        assertEquals("statement.issued 2021-03-09 [Anna Berg]",
                extracted("Government negotiator Anna Berg told reporters on Tuesday that the atmosphere was constructive."));
    }

    @Test
    void aNewsAgencyQuotingSomeoneMakesNoStatement() {
        assertEquals("", extracted("The news agency Reuters quoted an analyst as saying that the talks with China had "
                + "stalled."));
    }

    @Test
    void aHeadlineInThePresentIsTheMeetingTheBodyDates() {
        assertEquals("meeting.held 2021-03-09 [Sergey Lavrov, Wang Yi]",
                extracted("Sergey Lavrov and Wang Yi meet\nSergey Lavrov and Wang Yi met in Beijing on Tuesday."));
    }

    @Test
    void theChannelOfAnInterviewActsInNothing() {
        assertEquals("statement.issued 2021-03-07 [Sergey Lavrov]",
                extracted("In an interview with CNN on Sunday, Sergey Lavrov said Russia was open to talks with China."));
    }

    @Test
    void theTwoSidesOfTheLastMeetingSignTogether() {
        assertEquals("meeting.held 2021-03-08 [Russia, China]; document.signed 2021-03-09 [Russia, China]",
                extracted("Russian and Chinese delegations held talks in Geneva on Monday. A spokesman for the Swiss "
                        + "hosts said the two sides had signed a protocol on Tuesday."));
    }

    private static String extracted(String sentence) {
        Article article = new Article("t", sentence + "\nRussia and China differ on the trade framework.", "Wire", null,
                PartialDate.parse("2021-03-11"));
        Extraction extraction = Extractors.SHARED.extract(article,
                List.of(Fixtures.topic("russia-china", List.of("Russia", "China"), List.of("trade framework"))));

        return String.join("; ", extraction.events().stream()
                .map(e -> e.type().wireName() + " " + (e.plannedFor() != null ? e.plannedFor() : e.occurredAt()) + " "
                        + Fixtures.names(e)).toList());
    }
}
