package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.negotiationtracker.domain.Events.ABE;
import static org.negotiationtracker.domain.Events.KONO;
import static org.negotiationtracker.domain.Events.LAVROV;
import static org.negotiationtracker.domain.Events.PUTIN;
import static org.negotiationtracker.domain.Events.ZAKHAROVA;
import static org.negotiationtracker.domain.Events.agreement;
import static org.negotiationtracker.domain.Events.cancelled;
import static org.negotiationtracker.domain.Events.date;
import static org.negotiationtracker.domain.Events.demand;
import static org.negotiationtracker.domain.Events.held;
import static org.negotiationtracker.domain.Events.project;
import static org.negotiationtracker.domain.Events.resumed;
import static org.negotiationtracker.domain.Events.scheduled;
import static org.negotiationtracker.domain.Events.signed;
import static org.negotiationtracker.domain.Events.state;
import static org.negotiationtracker.domain.Events.statement;
import static org.negotiationtracker.domain.Events.suspended;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Given reports → when the topic's state is asked for → expect what an analyst should read. */
class TopicStateTest {

    private static final String WW2_OUTCOME = "Recognition of the outcome of World War II";
    private static final String FOUR_ISLANDS = "Return of the four islands";

    @Test
    void theStateCarriesTheTopicDefinition() {
        TopicState state = state(held("2019-01-14", "Moscow", LAVROV, KONO));

        assertEquals(Events.TOPIC, state.id());
        assertEquals("Russia-Japan peace treaty", state.title());
        assertEquals(List.of("Russia", "Japan"), state.parties());
        assertEquals(List.of("Northern Territories", "Southern Kurils"), state.aliases());
        assertEquals(List.of("Iturup", "Kunashir", "Shikotan", "Habomai"), state.disputedItems());
        assertEquals("Soviet-Japanese Joint Declaration", state.basisDocuments().get(0).name());
        assertNull(state.asOf());
    }

    @Test
    void theLastMeetingHeldIsTheLatestByEventTimeNotByArrival() {
        TopicState state = state(
                held("2019-02-16", "Munich", LAVROV, KONO).id("munich").saying("Ministers met at the MSC."),
                held("2019-01-14", "Moscow", LAVROV, KONO),
                held("2019-01-22", "Moscow", PUTIN, ABE));

        TopicState.Meeting last = state.lastMeetingHeld();

        assertEquals("munich", last.entryId());
        assertEquals(date("2019-02-16"), last.date());
        assertEquals("Munich", last.location());
        assertEquals(List.of(LAVROV, KONO), last.actors());
        assertEquals("Ministers met at the MSC.", last.summary());
        assertEquals(1, last.sourceCount());
    }

    @Test
    void withoutAMeetingHeldThereIsNoLastMeeting() {
        TopicState state = state(statement("2019-01-16", ZAKHAROVA), scheduled("2019-01-22", "2019-06", "Osaka", PUTIN));

        assertNull(state.lastMeetingHeld());
    }

    @Test
    void aMeetingPlannedAfterTheLastEventIsScheduled() {
        TopicState state = state(
                held("2019-01-22", "Moscow", PUTIN, ABE),
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE).id("g20-visit")
                        .saying("Putin to visit Japan for the G20 summit."));

        assertEquals(List.of(new TopicState.PlannedMeeting(date("2019-06"), "Osaka", List.of(ABE, PUTIN),
                date("2019-01-22"), "Putin to visit Japan for the G20 summit.", 1, List.of("g20-visit"), Review.CONFIRMED)),
                state.scheduled());
        assertEquals(List.of(), state.unconfirmedPlans());
    }

    @Test
    void severalAnnouncementsOfOneMeetingMakeOnePlan() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE).id("first-word"),
                scheduled("2019-02-05", "2019-06-28", null, PUTIN).id("date-fixed").saying("Putin to arrive on 28 June."));

        assertEquals(1, state.scheduled().size());
        TopicState.PlannedMeeting plan = state.scheduled().get(0);
        assertEquals(date("2019-06-28"), plan.plannedFor());
        assertEquals("Osaka", plan.location());
        assertEquals(List.of(ABE, PUTIN), plan.actors());
        assertEquals(date("2019-01-22"), plan.announcedOn());
        assertEquals("Putin to arrive on 28 June.", plan.summary());
        assertEquals(2, plan.sourceCount());
        assertEquals(List.of("date-fixed", "first-word"), plan.entryIds());
    }

    @Test
    void plansOfDifferentMeetingsStayApartAndComeInPlannedOrder() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                scheduled("2019-01-25", "2019-05", "Tokyo", LAVROV, KONO));

        assertEquals(List.of(date("2019-05"), date("2019-06")),
                state.scheduled().stream().map(TopicState.PlannedMeeting::plannedFor).toList());
    }

    @Test
    void aPlannedMeetingOnceHeldIsNoLongerPending() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                held("2019-06-29", "Osaka", PUTIN, ABE));

        assertEquals(List.of(), state.scheduled());
        assertEquals(List.of(), state.unconfirmedPlans());
        assertEquals(date("2019-06-29"), state.lastMeetingHeld().date());
    }

    @Test
    void aMeetingHeldBeforeThePlanWasAnnouncedDoesNotFulfilIt() {
        TopicState state = state(
                held("2019-01-22", "Moscow", PUTIN, ABE),
                scheduled("2019-02-10", "2019", null, PUTIN, ABE));

        assertEquals(List.of(date("2019")),
                state.scheduled().stream().map(TopicState.PlannedMeeting::plannedFor).toList());
    }

    @Test
    void twoMeetingsAnnouncedOnOneDayStayTwoPlans() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-02-16", null, LAVROV, KONO),
                scheduled("2019-01-22", "2019-03", null, LAVROV, KONO));

        assertEquals(List.of(date("2019-02-16"), date("2019-03")),
                state.scheduled().stream().map(TopicState.PlannedMeeting::plannedFor).toList());
        assertEquals(List.of(1, 1), state.scheduled().stream().map(TopicState.PlannedMeeting::sourceCount).toList());
    }

    @Test
    void aMeetingOfOtherPeopleDoesNotFulfilThePlan() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                held("2019-06-10", "Tokyo", LAVROV, KONO));

        assertEquals(List.of(date("2019-06")),
                state.scheduled().stream().map(TopicState.PlannedMeeting::plannedFor).toList());
    }

    @Test
    void aCancelledMeetingIsNotPending() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                cancelled("2019-03-01", "2019-06", PUTIN));

        assertEquals(List.of(), state.scheduled());
        assertEquals(List.of(), state.unconfirmedPlans());
    }

    @Test
    void cancellingAnotherMeetingLeavesThePlanPending() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                cancelled("2019-03-01", "2019-04", LAVROV));

        assertEquals(1, state.scheduled().size());
    }

    @Test
    void aPlanWhoseDatePassedUnreportedIsUnconfirmed() {
        TopicState state = state(
                scheduled("2019-01-22", "2019-02-10", "Moscow", LAVROV, KONO).id("february-talks"),
                statement("2019-02-16", ZAKHAROVA));

        assertEquals(List.of(), state.scheduled());
        assertEquals(List.of(List.of("february-talks")),
                state.unconfirmedPlans().stream().map(TopicState.PlannedMeeting::entryIds).toList());
    }

    @Test
    void openDemandsAreGroupedByPartyAndRestatementsCountOnce() {
        TopicState state = state(
                demand("2019-01-14", WW2_OUTCOME, LAVROV).from("TASS", "https://tass.com/1"),
                demand("2019-01-16", "recognition of the outcome of World War II.", ZAKHAROVA)
                        .saying("Japan must recognise Russia's sovereignty over the islands.")
                        .from("RIA", "https://ria.example/1"),
                demand("2019-01-22", FOUR_ISLANDS, KONO));

        assertEquals(Set.of("Japan", "Russia"), state.openDemands().keySet());
        assertEquals(List.of(new TopicState.Demand(WW2_OUTCOME,
                "Japan must recognise Russia's sovereignty over the islands.", List.of(ZAKHAROVA, LAVROV),
                date("2019-01-14"), date("2019-01-16"), 2, 2, Review.CONFIRMED)), state.openDemands().get("Russia"));
        assertEquals(List.of(FOUR_ISLANDS),
                state.openDemands().get("Japan").stream().map(TopicState.Demand::subject).toList());
    }

    @Test
    void anAgreementOnTheSubjectThatFollowsSettlesTheDemand() {
        TopicState state = state(
                demand("2019-01-14", WW2_OUTCOME, LAVROV),
                demand("2019-01-22", FOUR_ISLANDS, KONO),
                agreement("2019-03-01", "Recognition of the outcome of World War II", LAVROV, KONO));

        assertEquals(Set.of("Japan"), state.openDemands().keySet());
        assertEquals(List.of(WW2_OUTCOME), state.agreements().stream().map(TopicState.Outcome::subject).toList());
    }

    @Test
    void aSignedDocumentOnTheSubjectThatFollowsSettlesTheDemand() {
        TopicState state = state(
                demand("2019-01-22", FOUR_ISLANDS, KONO),
                signed("2019-09-01", "return of the four islands", PUTIN, ABE).at("Vladivostok"));

        assertEquals(Set.of(), state.openDemands().keySet());
        assertEquals(List.of("Vladivostok"),
                state.documentsSigned().stream().map(TopicState.Outcome::location).toList());
    }

    @Test
    void aDemandRestatedAfterTheAgreementIsOpenAgain() {
        TopicState state = state(
                demand("2019-01-14", WW2_OUTCOME, LAVROV),
                agreement("2019-01-20", WW2_OUTCOME, LAVROV, KONO),
                demand("2019-02-16", WW2_OUTCOME, LAVROV));

        assertEquals(2, state.openDemands().get("Russia").get(0).restatements());
    }

    @Test
    void anAgreementOnAnotherSubjectLeavesTheDemandOpen() {
        TopicState state = state(
                demand("2019-01-14", WW2_OUTCOME, LAVROV),
                agreement("2019-01-22", "Joint economic activities on the islands", PUTIN, ABE));

        assertEquals(Set.of("Russia"), state.openDemands().keySet());
    }

    @Test
    void demandsOfOutsidersAreGroupedByTheirCountryOrAsUnattributed() {
        TopicState state = state(
                demand("2019-01-14", "No US bases on the islands").with(new Actor("Mike Pompeo", "United States", null)),
                demand("2019-01-15", "Keep the talks confidential").with(new Actor("A senior official", null, null)));

        assertEquals(Set.of("United States", "unattributed"), state.openDemands().keySet());
    }

    @Test
    void participantsAreCountedByEventsAndReports() {
        TopicState state = state(
                held("2019-01-14", "Moscow", LAVROV, KONO),
                held("2019-01-14", "Moscow", LAVROV),
                held("2019-02-16", "Munich", LAVROV, KONO),
                statement("2019-01-16", ZAKHAROVA));

        assertEquals(List.of(
                new TopicState.Participant(LAVROV, "Russia", null, 2, 3),
                new TopicState.Participant(KONO, "Japan", null, 2, 3),
                new TopicState.Participant(ZAKHAROVA, "Russia", null, 1, 1)), state.participants());
    }

    @Test
    void eventsReportsAndSourcesAreCountedSeparately() {
        TopicState state = state(
                held("2019-02-16", "Munich", LAVROV, KONO).from("Sputnik", "https://sputnik.example/1"),
                held("2019-01-14", "Moscow", LAVROV, KONO).from("TASS", "https://tass.com/1"),
                held("2019-01-14", "Moscow", KONO).from("Kyodo", "https://kyodo.example/1"),
                // One article reporting two events is still one source.
                statement("2019-01-16", ZAKHAROVA).from("TASS", "https://tass.com/1"));

        assertEquals(3, state.eventCount());
        assertEquals(4, state.reportCount());
        assertEquals(3, state.distinctSources());
        assertEquals(date("2019-01-14"), state.firstEventAt());
        assertEquals(date("2019-02-16"), state.lastEventAt());
    }

    @Test
    void aTopicWithoutEventsIsOnlyRegistered() {
        TopicState state = project().state(null);

        assertEquals(TopicState.REGISTERED, state.status());
        assertEquals(0, state.eventCount());
        assertNull(state.firstEventAt());
        assertNull(state.lastMeetingHeld());
        assertEquals(List.of(), state.scheduled());
    }

    @Test
    void talksWithEventsAreActive() {
        assertEquals(TopicState.ACTIVE, state(held("2019-01-14", "Moscow", LAVROV, KONO)).status());
    }

    @Test
    void suspendedTalksStaySuspendedUntilResumed() {
        assertEquals(TopicState.SUSPENDED, state(
                held("2019-01-14", "Moscow", LAVROV, KONO),
                suspended("2019-03-01", LAVROV)).status());
        // Resumption arrives first but happened later: event time decides, not arrival.
        assertEquals(TopicState.ACTIVE, state(
                resumed("2019-04-10", LAVROV, KONO),
                suspended("2019-03-01", LAVROV)).status());
        assertEquals(TopicState.SUSPENDED, state(
                suspended("2019-05-01", KONO),
                resumed("2019-04-10", LAVROV, KONO),
                suspended("2019-03-01", LAVROV)).status());
    }

    @Test
    void theStateAsOfADateKnowsOnlyWhatHadHappenedByThen() {
        TopicProjection projection = project(
                held("2019-06-29", "Osaka", PUTIN, ABE),
                held("2019-02-16", "Munich", LAVROV, KONO),
                scheduled("2019-01-22", "2019-06", "Osaka", PUTIN, ABE),
                held("2019-01-22", "Moscow", PUTIN, ABE),
                held("2019-01-14", "Moscow", LAVROV, KONO));

        TopicState january20 = projection.state(LocalDate.of(2019, 1, 20));
        assertEquals(LocalDate.of(2019, 1, 20), january20.asOf());
        assertEquals(1, january20.eventCount());
        assertEquals(date("2019-01-14"), january20.lastEventAt());
        assertEquals("Moscow", january20.lastMeetingHeld().location());
        // The June visit was announced on the 22nd: on the 20th nobody knew of it.
        assertEquals(List.of(), january20.scheduled());

        TopicState january22 = projection.state(LocalDate.of(2019, 1, 22));
        assertEquals(date("2019-01-22"), january22.lastMeetingHeld().date());
        assertEquals(List.of(date("2019-06")),
                january22.scheduled().stream().map(TopicState.PlannedMeeting::plannedFor).toList());

        TopicState may31 = projection.state(LocalDate.of(2019, 5, 31));
        assertEquals("Munich", may31.lastMeetingHeld().location());
        assertEquals(1, may31.scheduled().size());

        TopicState now = projection.state(null);
        assertEquals("Osaka", now.lastMeetingHeld().location());
        assertEquals(List.of(), now.scheduled());
        assertEquals(5, now.eventCount());
    }

    @Test
    void anEventKnownOnlyByItsMonthCountsOnceTheMonthIsOver() {
        TopicProjection projection = project(held("2019-03", "Tokyo", LAVROV, KONO));

        assertEquals(0, projection.state(LocalDate.of(2019, 3, 15)).eventCount());
        assertEquals(1, projection.state(LocalDate.of(2019, 3, 31)).eventCount());
    }

    @Test
    void theStateAsOfADateBeforeASuspensionIsStillActive() {
        TopicProjection projection = project(
                held("2019-01-14", "Moscow", LAVROV, KONO),
                suspended("2019-03-01", LAVROV),
                resumed("2019-04-10", LAVROV, KONO));

        assertEquals(TopicState.ACTIVE, projection.state(LocalDate.of(2019, 2, 28)).status());
        assertEquals(TopicState.SUSPENDED, projection.state(LocalDate.of(2019, 3, 31)).status());
        assertEquals(TopicState.ACTIVE, projection.state(LocalDate.of(2019, 4, 10)).status());
    }
}
