package org.negotiationtracker.request;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;

/** Where a report came from. */
public record SourceRequest(
        @Size(max = 200) String publisher,
        @Size(max = 2000)
        @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*", message = "must be an absolute http(s) URL")
        String url,
        PartialDate publishedAt) {

    Source toSource() {
        return new Source(ActorRequest.blankToNull(publisher), ActorRequest.blankToNull(url), publishedAt);
    }
}
