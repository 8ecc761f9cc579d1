package org.negotiationtracker.domain;

import java.util.OptionalDouble;

/**
 * The review status of reports and timeline entries. A report entered by hand or ingested stands confirmed; one the
 * extractor read from an article ({@code metadata.extractor}) is proposed until a reviewer confirms or corrects it.
 * An entry is confirmed when any of its reports is, or when enough independent sources report it
 * ({@link ReviewPolicy#corroboratingSources()}).
 */
public final class Review {

    public static final String CONFIRMED = "confirmed";
    public static final String PROPOSED = "proposed";

    /** Why an entry stands confirmed: a report that was not extracted. */
    public static final String ENTERED = "entered";
    /** Why an entry stands confirmed: a reviewer confirmed or corrected one of its reports. */
    public static final String REVIEWED = "reviewed";
    /** Why an entry stands confirmed: independent sources enough. */
    public static final String CORROBORATED = "corroborated";

    /** The metadata key by which an extracted event names its extractor (set by the extraction worker). */
    public static final String EXTRACTOR = "extractor";
    /** The metadata key of an extracted event's confidence, 0 to 1. */
    public static final String CONFIDENCE = "evidence.confidence";

    private Review() {
    }

    /** Whether the extractor proposed the report, rather than someone entering or sending it. */
    public static boolean extracted(DiplomaticEvent report) {
        return report.metadata().containsKey(EXTRACTOR);
    }

    /** The extractor's confidence in the report; empty when it was not extracted or gave none readable. */
    public static OptionalDouble confidence(DiplomaticEvent report) {
        String confidence = report.metadata().get(CONFIDENCE);
        if (confidence == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(confidence));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
