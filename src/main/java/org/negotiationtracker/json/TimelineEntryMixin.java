package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The keys are how the fold tells sources and actors apart, not something a reader of the timeline needs. */
@JsonIgnoreProperties({"sourceKeys", "actorKeys"})
abstract class TimelineEntryMixin {
}
