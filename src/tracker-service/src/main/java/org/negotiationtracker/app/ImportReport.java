package org.negotiationtracker.app;

import java.util.List;

/**
 * The outcome of a whole import: the counts of {@link ImportProgress} once the last chunk is committed, and the
 * first refusals ({@value ImportEvents#REFUSALS_KEPT} at most; {@code refused} counts them all).
 */
public record ImportReport(int chunks, long lines, long appended, long duplicates, long refused, long position,
                           List<ImportRefusal> refusals) {
}
