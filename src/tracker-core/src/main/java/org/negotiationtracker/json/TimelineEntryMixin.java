package org.negotiationtracker.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The keys are how the fold tells sources and actors apart, not something a reader of the timeline needs. */
@JsonIgnoreProperties({TimelineEntryMixin.SOURCE_KEYS, TimelineEntryMixin.ACTOR_KEYS})
public abstract class TimelineEntryMixin {

    public static final String SOURCE_KEYS = "sourceKeys";
    public static final String ACTOR_KEYS = "actorKeys";
}
