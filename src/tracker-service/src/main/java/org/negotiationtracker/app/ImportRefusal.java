package org.negotiationtracker.app;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A line of an import that was not appended: its number (from 1), the JSON pointer of the offending value in its
 * event ("" for the whole line), for a CSV import the column it came from, and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRefusal(long line, String pointer, String column, String detail) {
}
