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

    private static final TopicDefinition NILE = Fixtures.topic("nile-dam", List.of("Egypt", "Ethiopia", "Sudan",
            "African Union"), List.of("Renaissance Dam"));
    private static final TopicDefinition GULF = Fixtures.topic("gulf-detente", List.of("Saudi Arabia", "Iran", "China"),
            List.of());
    private static final TopicDefinition SOUTH_SUDAN = Fixtures.topic("south-sudan-peace",
            List.of("Government of South Sudan", "SPLM-IO"), List.of());
    private static final TopicDefinition VENEZUELA = Fixtures.topic("venezuela-dialogue",
            List.of("Venezuela", "Venezuelan opposition"), List.of());

    private static Optional<String> topicOf(String text) {
        return topicOf(text, Fixtures.ALL);
    }

    private static Optional<String> topicOf(String text, List<TopicDefinition> topics) {
        return MATCHER.assign(text, GAZETTEER.find(text), topics).map(match -> match.topic().id());
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
    void aMeetingOfBothPartiesIsNegotiatingToo() {
        assertEquals(Optional.of("nile-dam"), topicOf("The foreign ministers of Egypt and Ethiopia held a meeting in "
                + "Cairo on Monday.", List.of(NILE)));
        assertEquals(Optional.of("nile-dam"), topicOf("Egyptian and Ethiopian envoys met in Addis Ababa.", List.of(NILE)));
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

    @Test
    void twoPartiesOfALargerTopicInTheFirstSentenceAssignIt() {
        assertEquals(Optional.of("nile-dam"), topicOf("Egypt and Ethiopia resumed talks on Monday.", List.of(NILE)));
        assertTrue(topicOf("Egypt and Ethiopia played a friendly football match on Monday.", List.of(NILE)).isEmpty(),
                "no word of negotiating");
    }

    @Test
    void aCapitalNamesItsCountryAndAnotherCityOnlyLocatesTheTalks() {
        assertEquals(Optional.of("gulf-detente"),
                topicOf("Tehran and Riyadh agreed to reopen their embassies after talks.", List.of(GULF)));
        assertTrue(topicOf("Delegations met in Jeddah and Shanghai for talks on shipping.", List.of(GULF)).isEmpty());
    }

    @Test
    void aDemonymNamesItsCountry() {
        assertEquals(Optional.of("gulf-detente"),
                topicOf("Saudi and Iranian diplomats held a new round of talks.", List.of(GULF)));
    }

    @Test
    void aCountrysGovernmentNamesAPartyWrittenAsThatGovernment() {
        assertEquals(Optional.of("south-sudan-peace"), topicOf(
                "The South Sudanese government and the SPLM-IO resumed talks in Addis Ababa.", List.of(SOUTH_SUDAN)));
        assertEquals(Optional.of("south-sudan-peace"), topicOf(
                "Negotiators of the SPLM-IO met the government in Juba for talks.", List.of(SOUTH_SUDAN)));
    }

    @Test
    void aCountrysOppositionIsNamedAsSuchAndNotByTheCountryAlone() {
        assertEquals(Optional.of("venezuela-dialogue"), topicOf(
                "Venezuela's government sat down with the opposition for talks in Mexico City.", List.of(VENEZUELA)));
        assertEquals(Optional.of("venezuela-dialogue"), topicOf(
                "The Venezuelan opposition agreed to new talks with Caracas.", List.of(VENEZUELA)));
        assertTrue(topicOf("Venezuela resumed talks with Colombia on border crossings.", List.of(VENEZUELA)).isEmpty());
    }

    @Test
    void anAcronymMatchesOnlyInCapitals() {
        TopicDefinition safe = Fixtures.topic("colombia-safe-talks", List.of("Colombia", "SAFE"), List.of());
        assertEquals(Optional.of("colombia-safe-talks"),
                topicOf("Colombia and SAFE resumed talks in Havana.", List.of(safe)));
        assertTrue(topicOf("Colombia said the border was safe ahead of talks with Peru.", List.of(safe)).isEmpty());
    }

    @Test
    void anOrganisationIsNamedByItsAcronymOrFullNameAndARebelGroupByItsInitials() {
        TopicDefinition sudan = Fixtures.topic("sudan-igad-talks", List.of("Sudan", "IGAD"), List.of());
        assertEquals(Optional.of("sudan-igad-talks"), topicOf(
                "Sudan and the Intergovernmental Authority on Development resumed talks.", List.of(sudan)));
        TopicDefinition donbas = Fixtures.topic("donbas-talks", List.of("Ukraine", "Donetsk People's Republic"),
                List.of());
        assertEquals(Optional.of("donbas-talks"),
                topicOf("Ukraine and the DPR agreed to exchange prisoners at talks.", List.of(donbas)));
    }

    @Test
    void anAliasIsFoundAsItsWordsInAnyOrderAndSpelling() {
        TopicDefinition rapprochement = Fixtures.topic("saudi-iran-rapprochement", List.of("Saudi Arabia", "Iran"),
                List.of("Saudi-Iran rapprochement"));
        TopicDefinition pilgrims = Fixtures.topic("saudi-iran-hajj", List.of("Saudi Arabia", "Iran"),
                List.of("pilgrim quotas"));
        assertEquals(Optional.of("saudi-iran-rapprochement"), topicOf(
                "Analysts praised the Iranian-Saudi deal that Saudi Arabia and Iran signed.",
                List.of(pilgrims, rapprochement)));
        assertEquals(Optional.of("saudi-iran-hajj"), topicOf(
                "Saudi Arabia and Iran settled the quotas of pilgrims at talks.", List.of(rapprochement, pilgrims)));
    }

    @Test
    void aCountryInAnAliasIsFoundByItsCapitalToo() {
        TopicDefinition nuclear = Fixtures.topic("iran-us-nuclear", List.of("Iran", "United States"),
                List.of("Iran nuclear deal"));
        TopicDefinition prisoners = Fixtures.topic("iran-us-prisoners", List.of("Iran", "United States"),
                List.of("prisoner swap"));
        assertEquals(Optional.of("iran-us-nuclear"), topicOf(
                "Washington and Tehran's envoys discussed Tehran's nuclear deal.", List.of(prisoners, nuclear)));
    }

    @Test
    void theTopicOfFewerPartiesAllNamedBeatsALargerOneNamingTheSame() {
        TopicDefinition bilateral = Fixtures.topic("russia-ukraine", List.of("Russia", "Ukraine"), List.of());
        TopicDefinition wider = Fixtures.topic("black-sea", List.of("Russia", "Ukraine", "Turkey", "United Nations"),
                List.of());
        assertEquals(Optional.of("russia-ukraine"),
                topicOf("Russian and Ukrainian negotiators resumed talks.", List.of(wider, bilateral)));
        assertEquals(Optional.of("black-sea"), topicOf(
                "Russia, Ukraine, Turkey and the United Nations resumed talks.", List.of(bilateral, wider)));
        assertEquals(Optional.of("russia-ukraine"), topicOf("Russia and Ukraine resume talks\n"
                + "The delegations met on Monday morning in a hotel by the sea. Turkey offered to host the next round.",
                List.of(wider, bilateral)), "all of two parties, not three of four");
    }

    @Test
    void theTitleAndFirstSentencesOutweighNamesDeepInTheText() {
        TopicDefinition russiaUkraine = Fixtures.topic("russia-ukraine", List.of("Russia", "Ukraine"), List.of());
        String article = "Egypt and Ethiopia resume talks\n"
                + "Delegations opened the session on Monday morning in a hotel by the river. "
                + "The ministers spoke for three hours. Russia and Ukraine, one diplomat recalled, also held talks "
                + "last year, and Russia and Ukraine may meet again.";
        assertEquals(Optional.of("nile-dam"), topicOf(article, List.of(russiaUkraine, NILE)));
    }

    @Test
    void twoPartiesOfALargerTopicNamedOnlyDeepInTheTextAssignNothing() {
        String article = "Harvest festival draws crowds\n"
                + "Thousands of visitors came to the harvest festival on Saturday. "
                + "The stalls sold bread, honey and cheese from the valley. "
                + "A stallholder said Egypt and Sudan had once bought her honey, before the talks on trade.";
        assertTrue(topicOf(article, List.of(NILE)).isEmpty());
    }
}
