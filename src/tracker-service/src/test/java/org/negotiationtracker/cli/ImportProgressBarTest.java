package org.negotiationtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ImportProgressBarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void theBarShowsTheShareSentAndTheLinesAcknowledged() throws Exception {
        assertEquals("[###############---------------]  50% 1.0 / 2.0 MB sent, 1500 lines acknowledged "
                        + "(1400 appended, 90 already stored, 10 refused)",
                ImportProgressBar.render(1_000_000, 2_000_000, json("{\"chunks\":1,\"lines\":1500,\"appended\":1400,"
                        + "\"duplicates\":90,\"refused\":10,\"position\":99}")));
        assertEquals("[------------------------------]   0% 0.0 / 2.0 MB sent", ImportProgressBar.render(0, 2_000_000,
                null));
        assertEquals("0.5 MB sent", ImportProgressBar.render(500_000, 0, null));
    }

    @Test
    void theSummaryListsEachRefusalAndSaysHowManyWereLeftOut() throws Exception {
        String summary = ImportProgressBar.summary(json("{\"chunks\":2,\"lines\":300,\"appended\":200,"
                + "\"duplicates\":0,\"refused\":150,\"position\":4242,\"refusals\":["
                + "{\"line\":3,\"pointer\":\"/occurredAt\",\"column\":\"Date\",\"detail\":\"is required\"},"
                + "{\"line\":9,\"pointer\":\"\",\"detail\":\"malformed JSON\"}]}"));
        String n = System.lineSeparator();
        assertEquals("300 lines: 200 events appended, 0 already stored, 150 refused; log position 4242, 2 chunks" + n
                + "  line 3, column Date, /occurredAt: is required" + n
                + "  line 9: malformed JSON" + n
                + "  and 148 more refused lines (the service lists the first 2)" + n, summary);
    }
}
