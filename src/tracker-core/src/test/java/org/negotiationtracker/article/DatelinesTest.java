package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wire datelines of our own invention: the city, and the date when the dateline gives one. */
class DatelinesTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 11);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VIENNA, March 3. /Agency/. The envoys met.                 | VIENNA | 2021-03-03
            OSLO (Agency - 16th February, 2019) The envoys met.        | OSLO   | 2019-02-16
            GENEVA — The envoys met on Monday.                         | GENEVA |
            GENEVA, Switzerland -- The envoys met on Monday.           | GENEVA |
            """)
    void cityAndDate(String text, String city, String date) {
        Datelines.Dateline dateline = Datelines.find(text, TODAY).orElseThrow();

        assertEquals(city, dateline.city());
        if (date == null) {
            assertNull(dateline.date());
        } else {
            assertEquals(LocalDate.parse(date), dateline.date());
        }
    }

    @Test
    void theAgencyAfterADatedDatelineIsPartOfIt() {
        String text = "BEIJING, March 9 (Agency) - The envoys met.";

        assertEquals(text.indexOf("The envoys"), Datelines.find(text, TODAY).orElseThrow().end());
    }
}
