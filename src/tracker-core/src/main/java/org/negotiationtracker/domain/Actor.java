package org.negotiationtracker.domain;

import java.util.Collection;
import java.util.Objects;
import org.negotiationtracker.text.TextKey;

/** A person or institution taking part in an event, with the country they act for. */
public record Actor(String name, String country, String role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name must not be blank");
        }
    }

    private static final KeyMemo NAME_KEYS = new KeyMemo(TextKey::words);

    /** The identity used to decide that two reports name the same actor. */
    public String key() {
        return nameKey(name);
    }

    /** {@link TextKey#words} of a name, computed once per name. */
    static String nameKey(String name) {
        return NAME_KEYS.of(name);
    }

    /**
     * Whether the actors of two reports, given by their keys, can be the same participants: they have an actor
     * in common, or neither report names any.
     */
    static boolean sameParticipants(Collection<String> keys, Collection<String> otherKeys) {
        if (keys.isEmpty() || otherKeys.isEmpty()) {
            return keys.isEmpty() && otherKeys.isEmpty();
        }
        return keys.stream().anyMatch(otherKeys::contains);
    }
}
