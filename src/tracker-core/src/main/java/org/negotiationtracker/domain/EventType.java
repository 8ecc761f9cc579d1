package org.negotiationtracker.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The event vocabulary, each type mapped to the nearest CAMEO code of political event datasets. */
public enum EventType {
    TOPIC_REGISTERED("topic.registered", null),
    MEETING_SCHEDULED("meeting.scheduled", "036"),
    MEETING_HELD("meeting.held", "040"),
    MEETING_CANCELLED("meeting.cancelled", "160"),
    STATEMENT_ISSUED("statement.issued", "010"),
    DEMAND_MADE("demand.made", "100"),
    PROPOSAL_MADE("proposal.made", "030"),
    AGREEMENT_REACHED("agreement.reached", "057"),
    DOCUMENT_SIGNED("document.signed", "057"),
    BRIEFING_HELD("briefing.held", "010"),
    TALKS_SUSPENDED("talks.suspended", "160"),
    TALKS_RESUMED("talks.resumed", "040"),
    ARTICLE_RECEIVED("article.received", null),
    EVENT_RETRACTED("event.retracted", null),
    EVENT_CONFIRMED("event.confirmed", null),
    EVENT_REJECTED("event.rejected", null),
    EVENT_CORRECTED("event.corrected", null);

    private final String wireName;
    private final String cameo;

    EventType(String wireName, String cameo) {
        this.wireName = wireName;
        this.cameo = cameo;
    }

    public String wireName() {
        return wireName;
    }

    public String cameo() {
        return cameo;
    }

    /**
     * A real-world event a source reports; the others record what the tracker was told or did (topics, articles,
     * retractions, review decisions): the types with a CAMEO code.
     */
    public boolean isDiplomatic() {
        return cameo != null;
    }

    /** An analyst's decision on a diplomatic event. */
    public boolean isReviewDecision() {
        return this == EVENT_CONFIRMED || this == EVENT_REJECTED || this == EVENT_CORRECTED;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** The types a client may append as diplomatic events. */
    public static List<EventType> diplomaticTypes() {
        return Arrays.stream(values()).filter(EventType::isDiplomatic).toList();
    }

    public static List<String> wireNames(List<EventType> types) {
        return types.stream().map(EventType::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
