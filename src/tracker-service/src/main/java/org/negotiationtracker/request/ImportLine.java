package org.negotiationtracker.request;

import com.fasterxml.jackson.databind.JsonNode;
import org.negotiationtracker.problem.Problem;

/**
 * One event of a bulk import as read from its line (an NDJSON line, a CSV row: {@code line} counts from 1 as an
 * editor or a spreadsheet does): the event's JSON, or the event bound from the line's text already ({@code bound},
 * not yet validated), or why it could not be read at all; {@code text} is the line as read, before it is parsed.
 */
public record ImportLine(long line, JsonNode event, EventRequest bound, Problem.FieldError unreadable, byte[] text) {

    static ImportLine of(long line, JsonNode event) {
        return new ImportLine(line, event, null, null, null);
    }

    static ImportLine bound(long line, EventRequest event) {
        return new ImportLine(line, null, event, null, null);
    }

    static ImportLine read(long line, byte[] text) {
        return new ImportLine(line, null, null, null, text);
    }

    static ImportLine unreadable(long line, String pointer, String detail) {
        return unreadable(line, new Problem.FieldError(pointer, detail));
    }

    static ImportLine unreadable(long line, Problem.FieldError why) {
        return new ImportLine(line, null, null, why, null);
    }
}
