package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.article.Fixtures.extract;
import static org.negotiationtracker.article.Fixtures.names;
import static org.negotiationtracker.article.Fixtures.ofType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;

/** Whole articles of our own, about negotiations the reference corpus does not cover. */
class ArticleExtractorTest {

    @Test
    void multilateralTalksInViennaWithAPlanAndADemand() {
        Extraction extraction = extract("iran-vienna.txt", "2021-04-09");

        assertEquals("iran-nuclear-talks", extraction.topic().orElseThrow().id());
        List<ExtractedEvent> held = ofType(extraction, EventType.MEETING_HELD);
        assertEquals(1, held.size(), "the meeting Washington did not join is no second meeting: " + held);
        assertEquals(PartialDate.parse("2021-04-06"), held.get(0).occurredAt());
        assertEquals("Vienna", held.get(0).location());
        assertTrue(names(held.get(0)).contains("Enrique Mora"), names(held.get(0)).toString());

        ExtractedEvent plan = ofType(extraction, EventType.MEETING_SCHEDULED).get(0);
        assertEquals(PartialDate.parse("2021-04-12"), plan.plannedFor());
        assertEquals(PartialDate.parse("2021-04-18"), plan.dateEnd());
        assertEquals(PartialDate.parse("2021-04-09"), plan.occurredAt());
        assertEquals("next week", plan.dateExpression());

        ExtractedEvent demand = ofType(extraction, EventType.DEMAND_MADE).get(0);
        assertEquals(List.of("Iran"), names(demand));
        assertEquals("sanctions relief", demand.subject());
    }

    @Test
    void aSummitMeetingItsAgreementAndANegatedOne() {
        Extraction extraction = extract("g20-osaka.txt", "2019-06-29");

        assertEquals("us-china-trade", extraction.topic().orElseThrow().id());
        ExtractedEvent met = ofType(extraction, EventType.MEETING_HELD).get(0);
        assertEquals(PartialDate.parse("2019-06-29"), met.occurredAt());
        assertEquals("Osaka", met.location());
        assertEquals(List.of("Donald Trump", "Xi Jinping"), names(met).stream().sorted().toList());
        assertEquals(1, ofType(extraction, EventType.AGREEMENT_REACHED).size(),
                "'No agreement was reached' is not an agreement: " + extraction.events());
        ExtractedEvent plan = ofType(extraction, EventType.MEETING_SCHEDULED).get(0);
        assertEquals(PartialDate.parse("2019"), plan.plannedFor());
        assertTrue(names(plan).contains("Xi Jinping"), "the two leaders of the sentence before: " + names(plan));
    }

    @Test
    void ceasefireTalksNegationAFutureTripAndADemand() {
        Extraction extraction = extract("cairo-ceasefire.txt", "2024-01-20");

        assertEquals("israel-hamas-ceasefire", extraction.topic().orElseThrow().id());
        assertEquals(List.of(), ofType(extraction, EventType.MEETING_HELD), "they did not meet");
        ExtractedEvent trip = ofType(extraction, EventType.MEETING_SCHEDULED).get(0);
        assertEquals(PartialDate.parse("2024-01-23"), trip.plannedFor());
        assertEquals("Doha", trip.location());
        assertTrue(names(trip).contains("David Barnea"));
        ExtractedEvent demand = ofType(extraction, EventType.DEMAND_MADE).get(0);
        assertEquals(List.of("Hamas"), names(demand));
        assertEquals("ceasefire", demand.subject());
    }

    @Test
    void anArticleOnNoRegisteredTopicYieldsNothing() {
        Extraction extraction = extract("football.txt", "2024-03-03");

        assertTrue(extraction.topic().isEmpty());
        assertEquals(List.of(), extraction.events());
    }

    @Test
    void withoutAPublicationDateTheDatelineGivesItAndItsYearIsInferred() {
        String text = Fixtures.text("undated-wire.txt");
        Article article = new Article("Ministers to meet again", text, "Wire", null, null);

        Extraction spring = Extractors.SHARED.withClock(clock("2019-03-01")).extract(article, Fixtures.ALL);
        assertEquals(PartialDate.parse("2019-01-16"), spring.publication().date());
        assertEquals(Publication.Origin.DATELINE, spring.publication().origin());
        assertTrue(spring.publication().yearInferred());
        ExtractedEvent plan = ofType(spring, EventType.MEETING_SCHEDULED).get(0);
        assertEquals(PartialDate.parse("2019-02"), plan.plannedFor());
        assertEquals("Tokyo", plan.location());

        Extraction early = Extractors.SHARED.withClock(clock("2019-01-10")).extract(article, Fixtures.ALL);
        assertEquals(PartialDate.parse("2018-01-16"), early.publication().date(), "not a day in the future");
    }

    @Test
    void noPublicationDateAndNoDatelineIsRefused() {
        Article article = new Article("t", "Sergey Lavrov met Taro Kono to discuss the peace treaty.", null, null, null);
        assertThrows(PublicationDateMissingException.class, () -> Extractors.SHARED.extract(article, Fixtures.ALL));
    }

    @Test
    void everyEventCarriesItsEvidenceIntoTheLog() {
        Extraction extraction = extract("g20-osaka.txt", "2019-06-29");
        String text = Fixtures.text("g20-osaka.txt");
        ExtractedEvent met = ofType(extraction, EventType.MEETING_HELD).get(0);

        assertEquals(met.evidence().sentence(), text.substring(met.evidence().start(), met.evidence().end()));
        assertTrue(met.evidence().confidence() > 0 && met.evidence().confidence() <= 1);
        assertTrue(met.evidence().matchedActors().contains("Xi Jinping"));
        assertTrue(!met.evidence().sentence().contains(met.summary()), "the summary is our own phrase");

        Source source = new Source("Wire", "https://wire.example/g20", PartialDate.parse("2019-06-29"));
        DiplomaticEvent event = met.toDiplomaticEvent("e-1", "us-china-trade", source);
        assertEquals(met.evidence().sentence(), event.metadata().get(ExtractedEvent.EVIDENCE_SENTENCE));
        assertEquals(Integer.toString(met.evidence().start()), event.metadata().get(ExtractedEvent.EVIDENCE_START));
        assertEquals("on Saturday", event.metadata().get(ExtractedEvent.DATE_EXPRESSION));
        assertEquals("false", event.metadata().get(ExtractedEvent.BACKGROUND));
        assertNull(event.plannedFor());
        assertEquals(met.actors(), event.actors());
    }

    private static Clock clock(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }
}
