package org.negotiationtracker.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on one event as posted: {@code confirm}, {@code reject} or {@code correct} (with
 * {@code correction}, what the event should say), and an optional comment.
 */
public record ReviewRequest(
        @NotNull(message = "is required: confirm, reject or correct")
        @Pattern(regexp = "confirm|reject|correct", message = "must be confirm, reject or correct") String decision,
        @Size(max = 2000) String comment,
        @Valid CorrectionRequest correction) {
}
