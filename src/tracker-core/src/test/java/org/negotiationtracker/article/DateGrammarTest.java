package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.article.DateMention.Context;
import org.negotiationtracker.article.DateMention.Direction;
import org.negotiationtracker.article.DateMention.Resolved;

class DateGrammarTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 11);

    private static DateMention only(String text) {
        List<DateMention> found = DateGrammar.find(new Sentence(text, 0, List.of()));
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static String resolve(String text, Direction direction) {
        Resolved resolved = only(text).resolve(new Context(PUBLISHED, direction, LocalDate.of(2021, 3, 4)));
        return resolved.date() + (resolved.end() == null ? "" : ".." + resolved.end());
    }

    @Test
    void explicitDatesInEitherOrderAndWithOrdinals() {
        assertEquals("2021-03-03", resolve("The envoys met on 3 March in Vienna.", Direction.PAST));
        assertEquals("2021-03-03", resolve("They signed it on March 3, 2021.", Direction.PAST));
        assertEquals("2019-02-16", resolve("BERLIN (Agency - 16th February, 2019)", Direction.PAST));
    }

    @Test
    void aDayWithoutAYearLiesOnTheSideTheSentencePointsTo() {
        assertEquals("2020-12-20", resolve("They met on December 20.", Direction.PAST));
        assertEquals("2021-12-20", resolve("They will meet on December 20.", Direction.FUTURE));
        assertEquals("2021-02-01", resolve("on February 1", Direction.UNKNOWN));
    }

    @Test
    void capitalizedRelativeWordsStillReachTheirPattern() {
        assertEquals("2021-03-12", resolve("TOMORROW the envoys meet again.", Direction.FUTURE));
        assertEquals("2021-03-08", resolve("Three Days Ago they met.", Direction.PAST));
        assertEquals("2020", resolve("Since 2020 nothing moved.", Direction.PAST));
    }

    @Test
    void isoDatesAreDays() {
        assertEquals("2019-07-25", resolve("posted 2019-07-25 by the desk", Direction.UNKNOWN));
    }

    @Test
    void weekendsAreDatedByTheirSaturday() {
        assertEquals("2021-03-06", resolve("They met over the weekend.", Direction.PAST));
        assertEquals("2021-03-13", resolve("Talks planned for over the weekend were called off.", Direction.NEAREST));
        assertEquals("2021-03-13", resolve("They meet this weekend.", Direction.UNKNOWN));
        assertEquals("2021-03-06", resolve("They met last weekend.", Direction.UNKNOWN));
    }

    @Test
    void theNearestDayOnEitherSideIncludesPublication() {
        assertEquals("2021-03-11", resolve("the meeting set for Thursday", Direction.NEAREST));
        assertEquals("2021-03-12", resolve("the meeting set for Friday", Direction.NEAREST));
        assertEquals("2021-03-08", resolve("the meeting set for Monday", Direction.NEAREST));
    }

    @Test
    void rangesKeepTheirEnd() {
        assertEquals("2021-04-15..2021-04-17", resolve("The forum takes place April 15-17.", Direction.FUTURE));
    }

    @Test
    void weekdaysGoBackForWhatHappenedAndAheadForPlans() {
        assertEquals("2021-03-08", resolve("They met on Monday.", Direction.PAST));
        assertEquals("2021-03-15", resolve("They will meet on Monday.", Direction.FUTURE));
        assertEquals("2021-03-11", resolve("said on Thursday", Direction.PAST));
        assertEquals("2021-03-16", resolve("talks next Tuesday", Direction.UNKNOWN));
    }

    @Test
    void relativePhrasesKeepTheirPrecision() {
        assertEquals("2021-02", resolve("early last month", Direction.PAST));
        assertEquals("2021-03", resolve("later in March", Direction.UNKNOWN));
        assertEquals("2020-11", resolve("last November", Direction.UNKNOWN));
        assertEquals("2022", resolve("next year", Direction.FUTURE));
        assertEquals("2021-04", resolve("in mid-April", Direction.FUTURE));
        assertEquals("2021-03-08..2021-03-10", resolve("earlier this week", Direction.PAST));
        assertEquals("2021-03-05", resolve("the following day", Direction.PAST));
        assertEquals("2021-03-09", resolve("two days ago", Direction.PAST));
        assertEquals("2021-03-10", resolve("yesterday", Direction.PAST));
    }

    @Test
    void monthsAndYearsAlone() {
        assertEquals("2021-06", resolve("by June", Direction.FUTURE));
        assertEquals("2020-06", resolve("in June", Direction.PAST));
        assertEquals("2016-12", resolve("in December 2016", Direction.PAST));
        assertEquals("1956", resolve("In 1956, the two signed", Direction.PAST));
    }

    @Test
    void datesThatNameAThingDateNoEvent() {
        assertTrue(only("the declaration of 1956").attributive());
        assertTrue(only("the Tokyo Declaration as of October 19, 1956").attributive());
        assertTrue(only("the 1956 declaration").attributive());
        assertTrue(!only("in 1956").attributive());
    }

    @Test
    void theEndOrStartOfAMonthIsThatMonth() {
        assertEquals("2021-09", resolve("They will meet before the end of September.", Direction.FUTURE));
        assertEquals("2021-04", resolve("Talks resume at the beginning of April.", Direction.FUTURE));
        assertTrue(!only("They will meet before the end of September.").attributive());
    }

    @Test
    void aShiftFromAnOccasionNamedNextDatesNoEvent() {
        assertTrue(only("The envoys met two days before the summit of their leaders.").attributive());
        assertTrue(only("It came one week after what both sides called the last round.").attributive());
        assertTrue(!only("Two days before, the envoys had met in Vienna.").attributive());
        assertTrue(!only("The envoys met again three days later.").attributive());
    }

    @Test
    void aDateOfComparisonDatesAnotherOccasion() {
        assertTrue(only("Like last time on March 5, the same envoys take part.").attributive());
        assertTrue(!only("The same envoys took part on March 5.").attributive());
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertEquals(0, DateGrammar.find(new Sentence("They may meet soon.", 0, List.of())).size());
        assertEquals("2021-05", resolve("They meet in May.", Direction.FUTURE));
    }
}
