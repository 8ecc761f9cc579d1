package org.negotiationtracker.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A named thing the articles mention: a person (with country, role and term of office), an institution,
 * a country (with its demonyms) or a place. {@code name} is the canonical form the events carry.
 */
record GazetteerEntry(Kind kind, String name, List<String> variants, List<String> shortForms, String country,
                      String role, LocalDate from, LocalDate to) {

    enum Kind { PERSON, INSTITUTION, COUNTRY, PLACE }

    /** Whether a person held their role on the given day (an open term runs to this day). */
    boolean inOffice(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    /** For places: how specific a location is; a city beats the country it lies in. */
    int specificity() {
        if (kind == Kind.COUNTRY) {
            return 0;
        }
        return "region".equals(role) ? 1 : 2;
    }
}
