package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * Which registered topic an article is about, by rules and gazetteers alone (it runs on every article posted).
 * A topic qualifies when the article names one of its aliases or disputed items (one that says which topic it
 * is, see {@link #specificity}) and one of its parties, or
 * speaks of negotiating and names two of its parties in its title or first sentences (one of them among the first
 * two listed, or half the parties in all), or every party of it. Parties are named by name, demonym, capital,
 * institutions and people, a country's government or opposition, acronym; aliases are found as sets of words in
 * any order and spelling ("Saudi-Iranian deal" for "Saudi-Iran rapprochement"). The score adds, for each party
 * named, where it is named (title, first sentences, the rest), divided by the square root of the number of
 * parties, so naming more of a topic's parties counts and a topic of few parties all named beats a larger one
 * naming the same few; and for each alias found, where it is found times its specificity. The best
 * score wins, a tie goes to the topic of fewer parties; none when none qualifies.
 */
final class TopicMatcher {

    /** Occurrences of one alias counted at most, so that a long article does not win by repeating a word. */
    private static final int ALIAS_OCCURRENCES = 3;
    /** An alias found qualifies a topic when its words are mostly the topic's own (see {@link #specificity}). */
    private static final double TELLING = 0.5;
    private static final int PRINCIPAL_PARTIES = 2;
    private static final int PROFILES_KEPT = 1000;

    private final Gazetteer gazetteer;
    private final Map<TopicDefinition, TopicProfile> profiles = new ConcurrentHashMap<>();

    /** Reads parties and aliases with the bundled gazetteer. */
    TopicMatcher() {
        this(BundledGazetteer.INSTANCE);
    }

    TopicMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<TopicMatch> assign(String text, List<Mention> mentions, List<TopicDefinition> topics) {
        TopicText article = new TopicText(text, mentions);
        List<TopicProfile> candidates = topics.stream().map(this::profile).toList();
        Map<String, Integer> topicsByWord = new HashMap<>();
        candidates.forEach(p -> p.aliases().stream().flatMap(a -> a.words().stream())
                .filter(w -> !TopicWords.isNegotiating(w)).map(TopicWords.Word::key).distinct()
                .forEach(key -> topicsByWord.merge(key, 1, Integer::sum)));
        TopicMatch best = null;
        for (TopicProfile candidate : candidates) {
            Optional<Double> score = score(candidate, article, topicsByWord);
            if (score.isPresent() && (best == null || score.get() > best.score()
                    || (score.get() == best.score() && candidate.parties().size() < best.topic().parties().size()))) {
                best = new TopicMatch(candidate.topic(), score.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private TopicProfile profile(TopicDefinition topic) {
        if (profiles.size() > PROFILES_KEPT) {
            profiles.clear();
        }
        return profiles.computeIfAbsent(topic, t -> new TopicProfile(t, gazetteer));
    }

    /** The topic's score, or none when the article does not qualify for it. */
    private static Optional<Double> score(TopicProfile topic, TopicText article, Map<String, Integer> topicsByWord) {
        List<TopicProfile.Party> parties = topic.parties();
        double partyWeights = 0;
        int named = 0;
        int acting = 0;
        int inLead = 0;
        boolean principalInLead = false;
        for (int i = 0; i < parties.size(); i++) {
            PartyEvidence evidence = evidence(parties.get(i), article);
            if (evidence.weight() == 0) {
                continue;
            }
            partyWeights += evidence.weight();
            named++;
            acting += evidence.acting() ? 1 : 0;
            if (evidence.lead()) {
                inLead++;
                principalInLead |= i < PRINCIPAL_PARTIES;
            }
        }
        double aliasWeights = 0;
        boolean tellingAlias = false;
        for (TopicProfile.Alias alias : topic.aliases()) {
            List<Double> weights = new ArrayList<>();
            for (PhraseFinder.Occurrence occurrence : PhraseFinder.occurrences(alias, article)) {
                double specificity = specificity(occurrence.found(), topicsByWord);
                tellingAlias |= specificity > TELLING;
                weights.add(occurrence.where() * occurrence.share() * specificity);
            }
            aliasWeights += weights.stream().sorted(Comparator.reverseOrder()).limit(ALIAS_OCCURRENCES)
                    .mapToDouble(Double::doubleValue).sum();
        }
        boolean byAlias = tellingAlias && named > 0;
        boolean byParties = article.negotiating() && ((parties.size() >= 2 && acting == parties.size())
                || (inLead >= 2 && (principalInLead || 2 * acting >= parties.size())));
        if (!byAlias && !byParties) {
            return Optional.empty();
        }
        return Optional.of(partyWeights / Math.sqrt(parties.size()) + aliasWeights);
    }

    /**
     * How much the words found of an alias say which topic it is: the mean, over those that are not words for
     * negotiating, of one over the number of registered topics whose aliases use the word. "Peace talks" says
     * little when five topics speak of peace; "grain corridor" says much when one topic speaks of grain.
     */
    private static double specificity(List<TopicWords.Word> found, Map<String, Integer> topicsByWord) {
        return found.stream().filter(w -> !TopicWords.isNegotiating(w))
                .mapToDouble(w -> 1.0 / topicsByWord.getOrDefault(w.key(), 1)).average().orElse(0);
    }

    /** Where a party is named at best, whether as a side that acts (not only as a venue), and in the lead. */
    private record PartyEvidence(double weight, boolean acting, boolean lead) {
    }

    private static PartyEvidence evidence(TopicProfile.Party party, TopicText article) {
        double weight = 0;
        boolean acting = false;
        boolean lead = false;
        for (TopicText.Reference reference : article.references()) {
            if (party.namedBy(reference)) {
                weight = Math.max(weight, reference.weight());
                acting |= reference.acting();
                lead |= reference.acting() && reference.lead();
            }
        }
        for (List<TopicWords.Word> phrase : party.phrases()) {
            for (TopicText.Sentence sentence : article.sentences()) {
                if (PhraseFinder.wordForWord(phrase, sentence.words()) > 0) {
                    weight = Math.max(weight, sentence.weight());
                    acting = true;
                    lead |= sentence.lead();
                }
            }
        }
        return new PartyEvidence(weight, acting, lead);
    }

    /** The bundled gazetteer, read once however many extractors are made. */
    private static final class BundledGazetteer {
        static final Gazetteer INSTANCE = new Gazetteer(GazetteerFiles.bundled());
    }
}
