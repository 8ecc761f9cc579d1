package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.domain.Events.date;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void aYearStandsForTheWholeYear() {
        PartialDate year = date("2019");

        assertEquals(PartialDate.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2019, 1, 1), year.firstDay());
        assertEquals(LocalDate.of(2019, 12, 31), year.lastDay());
        assertEquals("2019", year.toString());
    }

    @Test
    void aMonthStandsForTheWholeMonthIncludingALeapDay() {
        PartialDate leapFebruary = date("2020-02");

        assertEquals(PartialDate.Precision.MONTH, leapFebruary.precision());
        assertEquals(LocalDate.of(2020, 2, 1), leapFebruary.firstDay());
        assertEquals(LocalDate.of(2020, 2, 29), leapFebruary.lastDay());
        assertEquals(LocalDate.of(2019, 2, 28), date("2019-02").lastDay());
        assertEquals("2020-02", leapFebruary.toString());
    }

    @Test
    void aDayIsItsOwnFirstAndLastDay() {
        PartialDate day = date("2019-01-14");

        assertEquals(PartialDate.Precision.DAY, day.precision());
        assertEquals(LocalDate.of(2019, 1, 14), day.firstDay());
        assertEquals(LocalDate.of(2019, 1, 14), day.lastDay());
        assertEquals("2019-01-14", day.toString());
    }

    @Test
    void aTimestampKeepsItsOffsetAndFallsOnItsLocalDay() {
        // 23:30 in Tokyo is still the 14th there, although it is already afternoon of the 14th in UTC.
        PartialDate tokyoEvening = date("2019-01-14T23:30:00+09:00");

        assertEquals(PartialDate.Precision.INSTANT, tokyoEvening.precision());
        assertEquals(LocalDate.of(2019, 1, 14), tokyoEvening.firstDay());
        assertEquals(LocalDate.of(2019, 1, 14), tokyoEvening.lastDay());
        assertEquals("2019-01-14T23:30:00+09:00", tokyoEvening.toString());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(date("2019-06"), date("  2019-06\n"));
        assertEquals("2019-06", date(" 2019-06 ").toString());
    }

    @Test
    void theFactoriesAgreeWithParsing() {
        assertEquals(date("2019"), PartialDate.ofYear(Year.of(2019)));
        assertEquals(date("2019-06"), PartialDate.ofMonth(YearMonth.of(2019, 6)));
        assertEquals(date("2019-01-14"), PartialDate.ofDay(LocalDate.of(2019, 1, 14)));
        assertEquals(date("2019-01-14T10:00:00Z"), PartialDate.ofInstant(OffsetDateTime.parse("2019-01-14T10:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "2019-02-29", "2019-13", "2019-00", "2019-04-31", "yesterday", "",
            "2019-1-5", "14.01.2019", "19", "June 2019", "2019-01-14T10:00:00", "2019-01-14T25:00:00Z",
            "2019-01-14 10:00:00Z", "1900-02-29", "2019-1a", "201９"})
    void textThatIsNotARealDateIsRejectedNamingTheInput(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));

        assertTrue(error.getMessage().contains("\"" + text + "\""), error.getMessage());
    }

    @Test
    void everyDayMonthAndYearOfALeapCycleReadsAsItsFactoryMakesIt() {
        for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2004, 2, 1)); day = day.plusDays(1)) {
            assertSameDate(PartialDate.ofDay(day), date(day.toString()));
            assertSameDate(PartialDate.ofMonth(YearMonth.from(day)), date(YearMonth.from(day).toString()));
            assertSameDate(PartialDate.ofYear(Year.from(day)), date(Integer.toString(day.getYear())));
        }
        assertSameDate(PartialDate.ofDay(LocalDate.of(0, 1, 1)), date("0000-01-01"));
        assertSameDate(PartialDate.ofYear(Year.of(9999)), date("9999"));
    }

    private static void assertSameDate(PartialDate expected, PartialDate parsed) {
        assertEquals(expected, parsed);
        assertEquals(expected.precision(), parsed.precision());
        assertEquals(expected.firstDay(), parsed.firstDay());
        assertEquals(expected.lastDay(), parsed.lastDay());
        assertEquals(expected.toString(), parsed.toString());
    }

    @Test
    void aLeapDayIsARealDate() {
        assertEquals(LocalDate.of(2020, 2, 29), date("2020-02-29").firstDay());
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> PartialDate.parse(null));
    }

    @Test
    void datesSortByTheirFirstDayThenCoarserBeforeFinerThenInstant() {
        List<PartialDate> dates = new ArrayList<>(List.of(date("2019-02"), date("2019-01-14T10:00:00Z"),
                date("2019"), date("2019-01-14"), date("2018-12-31"), date("2019-01"),
                date("2019-01-14T09:00:00Z")));
        Collections.shuffle(dates, new java.util.Random(7));

        Collections.sort(dates);

        assertEquals(List.of("2018-12-31", "2019", "2019-01", "2019-01-14", "2019-01-14T09:00:00Z",
                "2019-01-14T10:00:00Z", "2019-02"), dates.stream().map(PartialDate::toString).toList());
    }

    @Test
    void compareToIsAntisymmetricAcrossPrecisions() {
        assertTrue(date("2019").compareTo(date("2019-01")) < 0);
        assertTrue(date("2019-01").compareTo(date("2019")) > 0);
        assertTrue(date("2019-06").compareTo(date("2019-05-31")) > 0);
        assertTrue(date("2019-05-31").compareTo(date("2019-06")) < 0);
        assertEquals(0, date("2019-01-14").compareTo(date("2019-01-14")));
    }

    @Test
    void theSameMomentWrittenInTwoOffsetsIsOneDate() {
        PartialDate utc = date("2019-01-14T10:00:00Z");
        PartialDate moscow = date("2019-01-14T13:00:00+03:00");

        assertEquals(utc, moscow);
        assertEquals(utc.hashCode(), moscow.hashCode());
        assertEquals(0, utc.compareTo(moscow));
    }

    @Test
    void aMonthIsNotTheDayItStartsOn() {
        assertNotEquals(date("2019-01"), date("2019-01-01"));
        assertNotEquals(date("2019"), date("2019-01"));
        assertNotEquals(date("2019-01-14"), date("2019-01-14T00:00:00Z"));
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        assertTrue(date("2019-06").overlaps(date("2019-06-29")));
        assertTrue(date("2019-06-29").overlaps(date("2019-06")));
        assertTrue(date("2019").overlaps(date("2019-12")));
        assertTrue(date("2019-01-14T10:00:00Z").overlaps(date("2019-01-14")));
        assertFalse(date("2019-06").overlaps(date("2019-07")));
        assertFalse(date("2019-06").overlaps(date("2019-07-01")));
        assertFalse(date("2019-01-14").overlaps(date("2019-01-15")));
        assertFalse(date("2018").overlaps(date("2019-01")));
    }

    @Test
    void aPeriodEndsOnOrBeforeADayOnlyOnceItsLastDayHasCome() {
        assertTrue(date("2019-01").endsOnOrBefore(LocalDate.of(2019, 1, 31)));
        assertFalse(date("2019-01").endsOnOrBefore(LocalDate.of(2019, 1, 30)));
        assertTrue(date("2019-01-14").endsOnOrBefore(LocalDate.of(2019, 1, 14)));
        assertFalse(date("2019-01-14").endsOnOrBefore(LocalDate.of(2019, 1, 13)));
        assertFalse(date("2019").endsOnOrBefore(LocalDate.of(2019, 6, 30)));
        assertTrue(date("2019-01-14T23:00:00Z").endsOnOrBefore(LocalDate.of(2019, 1, 14)));
    }

    @Test
    void finerPrecisionIsMorePrecise() {
        assertTrue(date("2019-06").isMorePreciseThan(date("2019")));
        assertTrue(date("2019-06-29").isMorePreciseThan(date("2019-06")));
        assertTrue(date("2019-06-29T10:00:00Z").isMorePreciseThan(date("2019-06-29")));
        assertFalse(date("2019").isMorePreciseThan(date("2019-06")));
        assertFalse(date("2019-06-29").isMorePreciseThan(date("2018-01-01")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2019-06", "2019-01-14", "2019-01-14T10:00:00Z", "2019-01-14T10:00:00+03:00",
            "2019-01-14T10:00:00.25-05:00", "0956"})
    void toStringGivesBackTheTextItWasParsedFrom(String text) {
        PartialDate parsed = date(text);

        assertEquals(text, parsed.toString());
        assertEquals(parsed, date(parsed.toString()));
        assertEquals(parsed.precision(), date(parsed.toString()).precision());
    }

    @Test
    void aTimestampWithoutSecondsIsWrittenOutInFull() {
        PartialDate parsed = date("2019-01-14T10:00Z");

        assertEquals("2019-01-14T10:00:00Z", parsed.toString());
        assertEquals(parsed, date(parsed.toString()));
    }
}
