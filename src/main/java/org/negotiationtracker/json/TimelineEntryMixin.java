package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The source keys are how the fold tells sources apart, not something a reader of the timeline needs. */
@JsonIgnoreProperties("sourceKeys")
abstract class TimelineEntryMixin {
}
