package org.negotiationtracker.article;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * Which registered topic an article is about. A topic qualifies when the article names one of its aliases
 * or disputed items and at least one party, or names every party of a bilateral topic together with a word
 * of negotiation; the best-scoring qualifying topic wins, none when none qualifies.
 */
final class TopicMatcher {

    private static final Pattern NEGOTIATION_WORDS = Pattern.compile(
            "(?i)\\b(talks|negotiat\\w*|summit|treaty|agreement|deal|ceasefire|truce|dialogue)\\b");

    Optional<TopicMatch> assign(String text, List<Mention> mentions, List<TopicDefinition> topics) {
        String lower = text.toLowerCase(Locale.ROOT);
        TopicDefinition best = null;
        double bestScore = 0;
        for (TopicDefinition topic : topics) {
            int aliasHits = 0;
            for (String alias : concat(topic.aliases(), topic.disputedItems())) {
                aliasHits += count(lower, alias.toLowerCase(Locale.ROOT));
            }
            Set<String> partiesNamed = partiesNamed(topic, mentions, lower);
            boolean qualifies = (aliasHits > 0 && !partiesNamed.isEmpty())
                    || (topic.parties().size() >= 2 && partiesNamed.size() == topic.parties().size()
                    && NEGOTIATION_WORDS.matcher(text).find());
            if (!qualifies) {
                continue;
            }
            double score = aliasHits + 2.0 * partiesNamed.size() / Math.max(1, topic.parties().size());
            if (score > bestScore) {
                bestScore = score;
                best = topic;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new TopicMatch(best, bestScore));
    }

    private Set<String> partiesNamed(TopicDefinition topic, List<Mention> mentions, String lower) {
        Set<String> named = new HashSet<>();
        for (String party : topic.parties()) {
            String key = Words.key(party);
            boolean viaGazetteer = mentions.stream().anyMatch(m -> m.entry().country() != null
                    && Words.key(m.entry().country()).equals(key));
            if (viaGazetteer || count(lower, party.toLowerCase(Locale.ROOT)) > 0) {
                named.add(party);
            }
        }
        return named;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Occurrences as whole words. */
    private static int count(String text, String phrase) {
        if (phrase.isBlank()) {
            return 0;
        }
        int count = 0;
        int from = 0;
        while ((from = text.indexOf(phrase, from)) >= 0) {
            int end = from + phrase.length();
            boolean startsWord = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            boolean endsWord = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                count++;
            }
            from = end;
        }
        return count;
    }
}
