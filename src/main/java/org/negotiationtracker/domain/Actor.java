package org.negotiationtracker.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A person or institution taking part in an event, with the country they act for. */
public record Actor(String name, String country, String role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name must not be blank");
        }
    }

    /** The identity used to decide that two reports name the same actor. */
    public String key() {
        return normalize(name);
    }

    static String normalize(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
