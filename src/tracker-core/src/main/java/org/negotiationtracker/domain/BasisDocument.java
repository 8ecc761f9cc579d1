package org.negotiationtracker.domain;

/** A document the negotiation rests on, such as a joint declaration. */
public record BasisDocument(String name, PartialDate signed, PartialDate ratified) {
}
