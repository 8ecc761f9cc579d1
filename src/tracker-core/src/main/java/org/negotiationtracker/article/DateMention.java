package org.negotiationtracker.article;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.function.Function;
import org.negotiationtracker.domain.PartialDate;

/**
 * A date expression found in a sentence, not yet resolved: the same words name different days depending
 * on when the article appeared and on whether the event lies ahead or behind ("on Monday").
 * {@code attributive} dates name a thing rather than date an event ("the declaration of 1956").
 */
record DateMention(String expression, int start, int end, boolean attributive, Function<Context, Resolved> resolver) {

    /**
     * Which way from the publication date the event lies, as far as the sentence tells. {@code NEAREST} is for
     * what may lie on either side, the publication day included (the planned day of a called-off meeting).
     */
    enum Direction { PAST, FUTURE, UNKNOWN, NEAREST }

    /** What a relative expression is resolved against; {@code anchor} is the last day the article named. */
    record Context(LocalDate published, Direction direction, LocalDate anchor) {
    }

    /** A resolved date; {@code end} only for ranges ("February 15-17", "last week"). */
    record Resolved(PartialDate date, PartialDate end) {

        static Resolved day(LocalDate day) {
            return new Resolved(PartialDate.ofDay(day), null);
        }

        static Resolved range(LocalDate first, LocalDate last) {
            return first.equals(last) ? day(first) : new Resolved(PartialDate.ofDay(first), PartialDate.ofDay(last));
        }

        static Resolved month(YearMonth month) {
            return new Resolved(PartialDate.ofMonth(month), null);
        }

        static Resolved year(int year) {
            return new Resolved(PartialDate.ofYear(Year.of(year)), null);
        }
    }

    Resolved resolve(Context context) {
        return resolver.apply(context);
    }
}
