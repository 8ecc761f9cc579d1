package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.domain.Events.ABE;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.held;
import static org.negotiationtracker.domain.Events.project;
import static org.negotiationtracker.domain.Events.statement;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicProjectionTest {

    @Test
    void aRegistrationStartsTheProjectionAndLaterEventsAreFoldedIntoIt() {
        TopicRegistered registration = new TopicRegistered("registered", Events.topic());
        List<EntryChange> changes = new java.util.ArrayList<>();

        TopicProjection started = TopicProjection.fold(null, registration, 1, 10);
        TopicProjection folded = TopicProjection.fold(started, held("2019-01-14", "Moscow", LAVROV).id("moscow").build(),
                2, 11, changes::add);

        assertEquals(Events.TOPIC, started.topic().id());
        assertSame(started, folded);
        assertEquals(List.of(new EntryChange(Set.of("moscow"), Set.of(), Set.of())), changes);
        assertEquals(2, folded.version());
        assertEquals(11L, folded.position());
    }

    @Test
    void anEventBeforeItsTopicsRegistrationHasNothingToJoin() {
        DiplomaticEvent early = held("2019-01-14", "Moscow", LAVROV).id("early").build();

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TopicProjection.fold(null, early, 1, 10));

        assertTrue(error.getMessage().contains("early"), error.getMessage());
    }

    @Test
    void anEventOfAnotherTopicIsRejectedAndChangesNothing() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV, KONO).id("moscow"));
        DiplomaticEvent stray = held("2019-01-14", "Moscow", LAVROV).id("stray").topic("iran-nuclear-deal").build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> projection.apply(stray, 2, 999));

        assertTrue(error.getMessage().contains("iran-nuclear-deal"), error.getMessage());
        assertTrue(error.getMessage().contains(Events.TOPIC), error.getMessage());
        assertEquals(1, projection.version());
        assertEquals(101L, projection.position());
        assertEquals(1, projection.reportCount());
        assertEquals(Set.of("moscow"), projection.entryIds());
    }

    @Test
    void applyingAnEventAdvancesVersionAndPosition() {
        TopicProjection projection = new TopicProjection(Events.topic(), 3, 40);

        projection.apply(held("2019-01-14", "Moscow", LAVROV).build(), 4, 57);

        assertEquals(4, projection.version());
        assertEquals(57L, projection.position());
        assertEquals(4, projection.state(null).version());
        assertEquals(57L, projection.state(null).position());
    }

    @Test
    void anArticleReceivedAdvancesVersionAndPositionButChangesNoEntry() {
        TopicProjection projection = project(held("2019-01-14", "Moscow", LAVROV, KONO).id("moscow"));
        TimelineEntry before = projection.timeline(null).get(0);
        ArticleReceived article = new ArticleReceived("article-1", Events.TOPIC, "A title", "Some invented text.",
                "Invented Wire", "https://wire.example/1", Events.date("2019-01-15"),
                ArticleReceived.DatedBy.PUBLISHED_AT, false);

        java.util.Optional<EntryChange> change = projection.apply(article, 2, 150);

        assertTrue(change.isEmpty());
        assertEquals(2, projection.version());
        assertEquals(150L, projection.position());
        assertEquals(2, projection.state(null).version());
        assertEquals(1, projection.reportCount());
        assertEquals(java.util.List.of(before), projection.timeline(null));
    }

    @Test
    void anArticleOfAnotherTopicIsRejected() {
        TopicProjection projection = new TopicProjection(Events.topic(), 1, 10);
        ArticleReceived stray = new ArticleReceived("article-2", "iran-nuclear-deal", null, "Invented text here.",
                null, null, Events.date("2019-01-15"), ArticleReceived.DatedBy.DATELINE, true);

        assertThrows(IllegalArgumentException.class, () -> projection.apply(stray, 2, 11));
        assertEquals(1, projection.version());
    }

    @Test
    void restoringReportsLeavesTheLogPositionAlone() {
        TopicProjection projection = new TopicProjection(Events.topic(), 7, 70);

        projection.restore(held("2019-01-14", "Moscow", LAVROV).build());
        projection.restore(held("2019-01-14", "Moscow", KONO, LAVROV).build());

        assertEquals(7, projection.version());
        assertEquals(70L, projection.position());
        assertEquals(2, projection.reportCount());
        assertEquals(1, projection.timeline(null).size());
    }

    @Test
    void aTopicRegistrationIsNotADiplomaticEvent() {
        assertThrows(IllegalArgumentException.class, () -> new DiplomaticEvent("x", Events.TOPIC,
                EventType.TOPIC_REGISTERED, Events.date("2019-01-14"), null, null, null, null, null, null, null));
    }

    @Test
    void registrationEventIdsFollowFromTheTopicId() {
        TopicRegistered registered = TopicRegistered.of(Events.topic());

        assertEquals("topic:" + Events.TOPIC, registered.id());
        assertEquals(Events.TOPIC, registered.topicId());
        assertEquals(EventType.TOPIC_REGISTERED, registered.type());
    }

    @Test
    void topicIdsMustBeLowerCaseSlugs() {
        assertThrows(IllegalArgumentException.class, () -> new TopicDefinition("Russia Japan", "t",
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }

    @Test
    void theTimelineReadBetweenEventsIsTheTimelineOfAFreshFold() {
        List<DiplomaticEvent> reports = List.of(
                held("2019-01-22", "Moscow", LAVROV, KONO).id("m-moscow").build(),
                held("2019-01-14", "Moscow", LAVROV).id("b-lavrov").build(),
                statement("2018-11-14", ABE).id("s-abe").build(),
                held("2019-01-14", "Moscow", KONO).id("c-kono").build(),
                held("2019-01-14", "Moscow", LAVROV, KONO).id("a-both").build(),
                held("2019-01-22", "Moscow", KONO).id("n-kono").build(),
                statement("2018-11-14", ABE).id("r-abe").build());
        TopicProjection followed = new TopicProjection(Events.topic(), 0, 0);

        for (int read = 1; read <= reports.size(); read++) {
            followed.apply(reports.get(read - 1), read, 100L + read);

            List<DiplomaticEvent> soFar = reports.subList(0, read);
            assertEquals(project(soFar).timeline(null), followed.timeline(null), "after " + read + " reports");
            assertEquals(project(soFar).state(null), followed.state(null), "after " + read + " reports");
        }
        assertEquals(List.of("r-abe", "a-both", "m-moscow"),
                followed.timeline(null).stream().map(TimelineEntry::id).toList());
        assertEquals(List.of("r-abe", "a-both"),
                followed.timeline(java.time.LocalDate.parse("2019-01-20")).stream().map(TimelineEntry::id).toList());
    }
}
