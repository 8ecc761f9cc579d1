package org.negotiationtracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The state of a negotiation as its events tell it, on a given event-time date ({@code asOf}, or
 * everything known when null), reflecting the log up to {@code position}.
 */
public record TopicState(String id, String title, List<String> parties, List<String> aliases,
                         List<String> disputedItems, List<BasisDocument> basisDocuments, LocalDate asOf,
                         String status, Meeting lastMeetingHeld, List<PlannedMeeting> scheduled,
                         List<PlannedMeeting> unconfirmedPlans, Map<String, List<Demand>> openDemands,
                         List<Outcome> agreements, List<Outcome> documentsSigned, List<Participant> participants,
                         int eventCount, int reportCount, int distinctSources, PartialDate firstEventAt,
                         PartialDate lastEventAt, int version, long position) {

    public static final String REGISTERED = "registered";
    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";

    /** {@code review}: {@link Review#CONFIRMED} or {@link Review#PROPOSED}, as its timeline entry. */
    public record Meeting(String entryId, PartialDate date, String location, List<String> actors, String summary,
                          int sourceCount, String review) {
    }

    /**
     * A meeting announced but not (yet) reported held or called off; several announcements make one plan, confirmed
     * when any of them is.
     */
    public record PlannedMeeting(PartialDate plannedFor, String location, List<String> actors, PartialDate announcedOn,
                                 String summary, int sourceCount, List<String> entryIds, String review) {
    }

    /** A demand or precondition one party keeps making; restating it does not make a new one; confirmed when any
     * restatement is. */
    public record Demand(String subject, String summary, List<String> actors, PartialDate firstMade,
                         PartialDate lastMade, int restatements, int sourceCount, String review) {
    }

    public record Outcome(String entryId, PartialDate date, String location, List<String> actors, String summary,
                          String subject, int sourceCount, String review) {
    }

    public record Participant(String name, String country, String role, int events, int reports) {
    }
}
