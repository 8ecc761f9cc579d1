package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void everyTypeIsFoundAgainByItsWireName() {
        for (EventType type : EventType.values()) {
            assertEquals(Optional.of(type), EventType.fromWireName(type.wireName()), type.name());
            assertEquals(type.wireName(), type.toString());
        }
    }

    @Test
    void wireNamesAreTheDottedNamesOfTheVocabulary() {
        assertEquals("meeting.scheduled", EventType.MEETING_SCHEDULED.wireName());
        assertEquals("meeting.held", EventType.MEETING_HELD.wireName());
        assertEquals("demand.made", EventType.DEMAND_MADE.wireName());
        assertEquals("talks.suspended", EventType.TALKS_SUSPENDED.wireName());
        assertEquals(Optional.of(EventType.DOCUMENT_SIGNED), EventType.fromWireName("document.signed"));
        assertEquals(Optional.of(EventType.TOPIC_REGISTERED), EventType.fromWireName("topic.registered"));
        assertEquals(Optional.of(EventType.ARTICLE_RECEIVED), EventType.fromWireName("article.received"));
        assertEquals(Optional.of(EventType.EVENT_RETRACTED), EventType.fromWireName("event.retracted"));
    }

    @Test
    void unknownNamesGiveNothing() {
        assertEquals(Optional.empty(), EventType.fromWireName("meeting.postponed"));
        assertEquals(Optional.empty(), EventType.fromWireName("MEETING.HELD"));
        assertEquals(Optional.empty(), EventType.fromWireName("MEETING_HELD"));
        assertEquals(Optional.empty(), EventType.fromWireName(" meeting.held"));
        assertEquals(Optional.empty(), EventType.fromWireName(""));
        assertEquals(Optional.empty(), EventType.fromWireName(null));
    }

    @Test
    void wireNamesAreUnique() {
        List<String> names = EventType.wireNames(List.of(EventType.values()));

        assertEquals(EventType.values().length, names.stream().distinct().count());
    }

    @Test
    void topicRegistrationArticlesRetractionsAndReviewDecisionsAreNotDiplomaticEvents() {
        List<EventType> recordsOfTheTracker = List.of(EventType.TOPIC_REGISTERED, EventType.ARTICLE_RECEIVED,
                EventType.EVENT_RETRACTED, EventType.EVENT_CONFIRMED, EventType.EVENT_REJECTED,
                EventType.EVENT_CORRECTED);
        for (EventType type : recordsOfTheTracker) {
            assertFalse(type.isDiplomatic(), type.wireName());
            assertFalse(EventType.diplomaticTypes().contains(type), type.wireName());
        }
        assertEquals(EventType.values().length - recordsOfTheTracker.size(), EventType.diplomaticTypes().size());
        assertTrue(EventType.diplomaticTypes().contains(EventType.MEETING_HELD));
    }

    @Test
    void typesMapToTheNearestCameoCode() {
        assertEquals("036", EventType.MEETING_SCHEDULED.cameo());
        assertEquals("100", EventType.DEMAND_MADE.cameo());
        assertEquals("057", EventType.DOCUMENT_SIGNED.cameo());
        assertEquals(null, EventType.TOPIC_REGISTERED.cameo());
    }

    @Test
    void reviewDecisionsAreTheConfirmedRejectedAndCorrectedTypes() {
        assertEquals(List.of(EventType.EVENT_CONFIRMED, EventType.EVENT_REJECTED, EventType.EVENT_CORRECTED),
                List.of(EventType.values()).stream().filter(EventType::isReviewDecision).toList());
        assertEquals(Optional.of(EventType.EVENT_REJECTED), EventType.fromWireName("event.rejected"));
    }
}
