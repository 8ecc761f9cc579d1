package org.negotiationtracker.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.negotiationtracker.domain.BasisDocument;
import org.negotiationtracker.domain.PartialDate;

/** A document a negotiation rests on. */
public record BasisDocumentRequest(@NotBlank @Size(max = 300) String name, PartialDate signed, PartialDate ratified) {

    BasisDocument toDocument() {
        return new BasisDocument(name.strip(), signed, ratified);
    }
}
