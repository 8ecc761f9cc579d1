package org.negotiationtracker.request;

import com.fasterxml.jackson.databind.JsonNode;
import org.negotiationtracker.problem.Problem;

/**
 * One event of a bulk import as read from its line (an NDJSON line, a CSV row: {@code line} counts from 1 as an
 * editor or a spreadsheet does): the event's JSON, or why it could not be read at all.
 */
public record ImportLine(long line, JsonNode event, Problem.FieldError unreadable, byte[] text) {

    static ImportLine of(long line, JsonNode event) {
        return new ImportLine(line, event, null, null);
    }

    static ImportLine unreadable(long line, String pointer, String detail) {
        return new ImportLine(line, null, new Problem.FieldError(pointer, detail), null);
    }
}
