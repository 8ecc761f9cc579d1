package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * A registered topic as topic matching reads it: its sides, each with what names it in an article, and the
 * names of the negotiation (aliases and disputed items) as words.
 */
final class TopicProfile {

    /**
     * A side of the topic. A country or an organisation the gazetteer knows ("Iran", "Government of South Sudan",
     * "UN") is named by anything the gazetteer ties to it: its name, demonym, capital, institutions and people.
     * A country's opposition ("Venezuelan opposition") is named only as that. Any side is also named by a name
     * given in brackets; a side the gazetteer does not know by its own words, and if it is several capitalised
     * words, by their initials ("Donetsk People's Republic", "DPR").
     */
    record Party(String name, Set<String> entities, String oppositionOf, List<List<TopicWords.Word>> phrases) {

        boolean namedBy(TopicText.Reference reference) {
            if (oppositionOf != null || reference.opposition()) {
                return reference.opposition() && oppositionOf != null && oppositionOf.equals(reference.country());
            }
            return names(reference.country()) || names(reference.name());
        }

        private boolean names(String entity) {
            return entity != null && entities.contains(entity);
        }
    }

    /** An alias or disputed item; one with a number in it ("P5+1", "Line 23") is only found word for word. */
    record Alias(List<TopicWords.Word> words, boolean exact) {
    }

    /** Words that make a country's name its state: "Government of South Sudan", "Republic of Cyprus". */
    private static final Set<String> STATE_WORDS = Set.of("government", "republic", "state", "federal", "islamic",
            "kingdom", "administration", "authority", "regime", "federation");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");
    private static final int SHORTEST_INITIALS = 3;

    private final TopicDefinition topic;
    private final List<Party> parties = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();

    TopicProfile(TopicDefinition topic, Gazetteer gazetteer) {
        this.topic = topic;
        for (String party : topic.parties()) {
            parties.add(party(party, gazetteer));
        }
        Set<String> sides = new HashSet<>();
        parties.forEach(p -> sides.addAll(p.entities()));
        for (String name : concat(topic.aliases(), topic.disputedItems())) {
            List<TopicWords.Word> words = TopicWords.of(name, gazetteer);
            boolean onlySides = words.stream().allMatch(w -> w.named()
                    && (sides.contains(w.key()) || sides.contains(w.country())));
            if (!words.isEmpty() && !onlySides) {
                aliases.add(new Alias(words, words.stream().anyMatch(w -> w.key().matches(".*\\d.*"))));
            }
        }
    }

    TopicDefinition topic() {
        return topic;
    }

    List<Party> parties() {
        return parties;
    }

    List<Alias> aliases() {
        return aliases;
    }

    /** A party's name without what it gives in brackets: "Republic of Cyprus (Greek Cypriots)" is the republic. */
    static String mainName(String party) {
        return BRACKETS.matcher(party).replaceAll(" ").strip();
    }

    private static Party party(String party, Gazetteer gazetteer) {
        String main = mainName(party);
        List<Mention> mentions = gazetteer.find(main);
        List<TopicWords.Word> words = TopicWords.of(main, 0, main.length(), mentions);
        List<List<TopicWords.Word>> phrases = new ArrayList<>();
        Matcher bracketed = BRACKETS.matcher(party);
        while (bracketed.find()) {
            phrases.add(TopicWords.of(bracketed.group(1), gazetteer));
        }
        List<TopicWords.Word> countries = words.stream().filter(w -> w.country() != null).toList();
        if (words.stream().anyMatch(w -> w.key().equals("opposition")) && countries.size() == 1) {
            return new Party(party, Set.of(), countries.get(0).country(), phrases);
        }
        if (words.size() == 1 && mentions.size() == 1) {
            GazetteerEntry entry = mentions.get(0).entry();
            Set<String> entities = new HashSet<>();
            entities.add(Words.key(entry.name()));
            if (entry.country() != null && entry.kind() != GazetteerEntry.Kind.PLACE) {
                entities.add(Words.key(entry.country()));
            }
            return new Party(party, entities, null, phrases);
        }
        if (countries.size() == 1 && words.stream().allMatch(w -> w.country() != null
                || STATE_WORDS.contains(w.key()))) {
            return new Party(party, Set.of(countries.get(0).country()), null, phrases);
        }
        phrases.add(words);
        initials(main).ifPresent(phrases::add);
        return new Party(party, Set.of(), null, phrases);
    }

    /** "Donetsk People's Republic" as DPR: the initials of a name of capitalised words, read as an acronym. */
    private static Optional<List<TopicWords.Word>> initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            } else if (!word.isEmpty() && !Set.of("of", "the", "and", "for", "in").contains(word)) {
                return Optional.empty();
            }
        }
        if (letters.length() < SHORTEST_INITIALS || letters.length() == name.replace(" ", "").length()) {
            return Optional.empty();
        }
        String acronym = letters.toString();
        return Optional.of(List.of(new TopicWords.Word(Words.key(acronym), true, false, null, 0, acronym.length())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
