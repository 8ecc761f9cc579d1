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
    void topicRegistrationArticlesAndRetractionsAreNotDiplomaticEvents() {
        assertFalse(EventType.TOPIC_REGISTERED.isDiplomatic());
        assertFalse(EventType.ARTICLE_RECEIVED.isDiplomatic());
        assertFalse(EventType.EVENT_RETRACTED.isDiplomatic());
        assertFalse(EventType.diplomaticTypes().contains(EventType.TOPIC_REGISTERED));
        assertFalse(EventType.diplomaticTypes().contains(EventType.ARTICLE_RECEIVED));
        assertFalse(EventType.diplomaticTypes().contains(EventType.EVENT_RETRACTED));
        assertEquals(EventType.values().length - 3, EventType.diplomaticTypes().size());
        assertTrue(EventType.diplomaticTypes().contains(EventType.MEETING_HELD));
    }

    @Test
    void typesMapToTheNearestCameoCode() {
        assertEquals("036", EventType.MEETING_SCHEDULED.cameo());
        assertEquals("100", EventType.DEMAND_MADE.cameo());
        assertEquals("057", EventType.DOCUMENT_SIGNED.cameo());
        assertEquals(null, EventType.TOPIC_REGISTERED.cameo());
    }
}
