package org.negotiationtracker.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.negotiationtracker.domain.Actor;

/** A person or institution as a client names it. */
public record ActorRequest(
        @NotBlank(message = "must name the person or institution") @Size(max = 200) String name,
        @Size(max = 100) String country,
        @Size(max = 200) String role) {

    public Actor toActor() {
        return new Actor(name.strip(), blankToNull(country), blankToNull(role));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
