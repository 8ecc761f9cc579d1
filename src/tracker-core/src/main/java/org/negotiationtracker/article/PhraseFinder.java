package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a topic's names in an article's sentences. A party's name is found word for word; an alias as a set of
 * words close together in any order: all of them, or of three or more all but one when what is found still says
 * which negotiation it is: the word left out is not a name, and two words found are not words for negotiating,
 * one of them no name either ("Contact Group" for "Trilateral Contact Group"; not "Russia-Japan peace talks" for
 * "Russia-Ukraine peace talks", nor "peace talks" for "ELN peace talks").
 */
final class PhraseFinder {

    /** How many other words may stand among the words of an alias found in any order. */
    private static final int SLACK = 2;
    private static final int SHORTEST_PARTIAL = 3;

    private PhraseFinder() {
    }

    /** An alias found in a sentence: the sentence's weight, and which of the alias's words were found. */
    record Occurrence(double where, List<TopicWords.Word> found, int of) {

        double share() {
            return (double) found.size() / of;
        }
    }

    /** Every occurrence of the alias in the article. */
    static List<Occurrence> occurrences(TopicProfile.Alias alias, TopicText article) {
        List<Occurrence> occurrences = new ArrayList<>();
        List<TopicWords.Word> words = alias.words();
        for (TopicText.Sentence sentence : article.sentences()) {
            if (alias.exact()) {
                int count = wordForWord(words, sentence.words());
                for (int i = 0; i < count; i++) {
                    occurrences.add(new Occurrence(sentence.weight(), words, words.size()));
                }
            } else {
                for (Set<Integer> found : inAnyOrder(words, sentence.words())) {
                    occurrences.add(new Occurrence(sentence.weight(),
                            found.stream().sorted().map(words::get).toList(), words.size()));
                }
            }
        }
        return occurrences;
    }

    /** How many times the words stand in the sentence in this order, one after the other. */
    static int wordForWord(List<TopicWords.Word> phrase, List<TopicWords.Word> sentence) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i + phrase.size() <= sentence.size(); i++) {
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = phrase.get(k).foundAs(sentence.get(i + k));
            }
            if (all) {
                count++;
                i += phrase.size() - 1;
            }
        }
        return count;
    }

    /** For each occurrence of the alias's words close together, in any order: which of them were found. */
    private static List<Set<Integer>> inAnyOrder(List<TopicWords.Word> alias, List<TopicWords.Word> sentence) {
        List<Set<Integer>> occurrences = new ArrayList<>();
        int window = alias.size() + SLACK;
        for (int i = 0; i < sentence.size(); i++) {
            TopicWords.Word first = sentence.get(i);
            if (alias.stream().noneMatch(a -> a.foundAs(first))) {
                continue;
            }
            Set<Integer> found = new HashSet<>();
            boolean specific = false;
            int telling = 0;
            int last = i;
            for (int j = i; j < Math.min(sentence.size(), i + window); j++) {
                for (int k = 0; k < alias.size(); k++) {
                    if (!found.contains(k) && alias.get(k).foundAs(sentence.get(j))) {
                        found.add(k);
                        boolean negotiating = TopicWords.isNegotiating(alias.get(k));
                        specific |= !alias.get(k).named() && !negotiating;
                        telling += negotiating ? 0 : 1;
                        last = j;
                        break;
                    }
                }
            }
            boolean whole = found.size() == alias.size();
            boolean partial = alias.size() >= SHORTEST_PARTIAL && found.size() == alias.size() - 1 && specific
                    && telling >= 2 && missing(alias, found).stream().noneMatch(TopicWords.Word::named);
            if (whole || partial) {
                occurrences.add(found);
                i = last;
            }
        }
        return occurrences;
    }

    private static List<TopicWords.Word> missing(List<TopicWords.Word> alias, Set<Integer> found) {
        List<TopicWords.Word> missing = new ArrayList<>();
        for (int k = 0; k < alias.size(); k++) {
            if (!found.contains(k)) {
                missing.add(alias.get(k));
            }
        }
        return missing;
    }
}
