package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.TopicDefinition;

class TopicMatcherTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(GazetteerFiles.bundled());
    private static final TopicMatcher MATCHER = new TopicMatcher();

    private static Optional<String> topicOf(String text) {
        return MATCHER.assign(text, GAZETTEER.find(text), Fixtures.ALL).map(match -> match.topic().id());
    }

    @Test
    void anAliasAndAPartyAssignTheTopic() {
        assertEquals(Optional.of("russia-japan-peace-treaty"),
                topicOf("Tokyo wants the Northern Territories back before any deal with Moscow."));
        assertEquals(Optional.of("iran-nuclear-talks"), topicOf("Iranian envoys defended the nuclear deal."));
    }

    @Test
    void bothPartiesOfABilateralTopicAndANegotiationWordAssignItWithoutAnAlias() {
        assertEquals(Optional.of("us-china-trade"), topicOf("American and Chinese officials resumed talks."));
    }

    @Test
    void anAliasWithoutAnyPartyOrOnePartyAloneAssignsNothing() {
        assertTrue(topicOf("A peace treaty was signed by two villages.").isEmpty());
        assertTrue(topicOf("China opened a new railway.").isEmpty());
    }

    @Test
    void theBestScoringTopicWins() {
        assertEquals(Optional.of("israel-hamas-ceasefire"),
                topicOf("Israel and Hamas discussed a ceasefire and a hostage deal; the US welcomed the ceasefire."));
    }
}
