package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and organisations the trained named-entity model finds that neither the gazetteer nor the rules on
 * offices knew: "Okafor and Berg met", "the Contact Group's envoy Anna Berg". A person's country is a country
 * named in their noun phrase (a demonym, a possessive, an appositive's office: "Ruritanian negotiator Anna
 * Berg", "Anna Berg, Ruritania's envoy"); a full name makes its last word refer back to the person anywhere in
 * the article, as a gazetteer person's short form does. What the gazetteer or the rules found is kept as they
 * found it: the model only adds where they found nothing.
 */
final class EntityMentions {

    /** Links that keep a word inside the noun phrase of the name it depends on. */
    private static final Set<String> PHRASE_LINKS = Set.of("compound", "nmod", "amod", "poss", "appos", "nn", "case",
            "det", "punct");
    private static final Set<String> OFFICIALS = Set.of("official", "spokesman", "spokeswoman", "spokesperson",
            "source", "diplomat", "aide");
    private static final Set<String> ACTING = Set.of("nsubj", "nsubjpass", "agent", "conj", "appos");
    private static final Set<String> PARTICLES = Set.of("bin", "al", "el", "de", "da", "van", "von", "der", "la",
            "du", "di", "ibn", "le");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\s*['’]s?$");
    private static final Set<String> NOT_PEOPLE = Set.of("he", "she", "they", "god", "mr", "mrs", "ms", "dr");

    private EntityMentions() {
    }

    /** The known mentions plus the model's people and organisations, in text order. */
    static List<Mention> addTo(List<Sentence> sentences, List<Mention> known) {
        List<Mention> all = new ArrayList<>(known);
        Map<String, GazetteerEntry> peopleBySurname = new HashMap<>();
        for (Mention mention : known) {
            if (mention.entry().kind() == GazetteerEntry.Kind.PERSON) {
                peopleBySurname.putIfAbsent(lastWord(mention.entry().name()), mention.entry());
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Sentence sentence : sentences) {
            spans.addAll(spans(sentence));
        }
        // names of several words first, in text order: a surname, even before its full name, then refers to the
        // person, and a longer span ending in a known surname ("his Telegram Channel Podolyak") to that person
        spans.sort(Comparator.comparing((Span s) -> s.to - s.from == 1).thenComparingInt(Span::start));
        for (Span span : spans) {
            if (span.type.equals("PERSON") && span.to - span.from > 1) {
                all.removeIf(m -> isSurnameWithin(m, span));
            }
            if (overlapsAny(all, span.start(), span.end())) {
                continue;
            }
            GazetteerEntry entry = entry(span, all, peopleBySurname);
            if (entry != null) {
                all.add(new Mention(entry, span.surface(), span.start(), span.end()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return resolveSurnames(all);
    }

    /** A one-word mention of a person inside a longer name the model found: "Kim" of "Kim Myong Gil". */
    private static boolean isSurnameWithin(Mention mention, Span span) {
        return mention.entry().kind() == GazetteerEntry.Kind.PERSON && !mention.surface().contains(" ")
                && mention.start() >= span.start() && mention.end() <= span.end();
    }

    /**
     * A one-word mention of a person ("Kim said") refers to the person last named in full with that word before
     * it, or, when none was, to the first named after it: two people named Kim are told apart by who the text
     * was speaking of.
     */
    private static List<Mention> resolveSurnames(List<Mention> mentions) {
        List<Mention> fullNames = mentions.stream().filter(m -> m.entry().kind() == GazetteerEntry.Kind.PERSON
                && m.surface().trim().contains(" ")).toList();
        List<Mention> resolved = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            String word = POSSESSIVE.matcher(mention.surface()).replaceFirst("");
            if (mention.entry().kind() != GazetteerEntry.Kind.PERSON || word.contains(" ")) {
                resolved.add(mention);
                continue;
            }
            List<Mention> named = fullNames.stream()
                    .filter(f -> List.of(f.surface().split("[\\s-]+")).contains(word)).toList();
            Mention before = named.stream().filter(f -> f.end() <= mention.start()).reduce((a, b) -> b).orElse(null);
            Mention referent = before != null ? before : named.stream().findFirst().orElse(null);
            resolved.add(referent == null || referent.entry().equals(mention.entry()) ? mention
                    : new Mention(referent.entry(), mention.surface(), mention.start(), mention.end()));
        }
        return resolved;
    }

    private static GazetteerEntry entry(Span span, List<Mention> known, Map<String, GazetteerEntry> peopleBySurname) {
        String surface = POSSESSIVE.matcher(span.surface().replaceAll("\\s+", " ")).replaceFirst("");
        Token top = span.sentence.tokens().get(span.to - 1);
        String relation = top.analysis().relation();
        switch (span.type) {
            case "PERSON" -> {
                if (NOT_PEOPLE.contains(surface.toLowerCase(java.util.Locale.ROOT)) || !capitalised(surface)
                        || (span.to - span.from == 1 && (relation.equals("compound") || isAcronym(surface)))) {
                    return null;
                }
                GazetteerEntry earlier = peopleBySurname.get(lastWord(surface));
                if (earlier != null) {
                    return earlier;
                }
                GazetteerEntry person = new GazetteerEntry(GazetteerEntry.Kind.PERSON, surface, List.of(),
                        List.of(lastWord(surface)), countryOf(span, known), null, null, null);
                peopleBySurname.put(lastWord(surface), person);
                return person;
            }
            case "ORG" -> {
                if (!Character.isUpperCase(surface.charAt(0)) || surface.length() < 2 || !acts(span, relation)
                        || isMedium(span)) {
                    return null;
                }
                return new GazetteerEntry(GazetteerEntry.Kind.INSTITUTION, stripArticle(surface), List.of(), List.of(),
                        countryOf(span, known), null, null, null);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * An organisation counts as an actor only where the sentence makes it one: the subject of a verb, one of
     * several subjects, a body set beside a name, a side "between" or "with" others, the body an acting official
     * works for ("a State Department official said"). Named as a place, a source, a medium or part of an office ("a
     * post on Twitter", "according to Axios", "the TASS news agency", "Secretary of State") it acts in nothing.
     */
    private static boolean acts(Span span, String relation) {
        if (ACTING.contains(relation)) {
            return true;
        }
        List<Token> tokens = span.sentence.tokens();
        int head = tokens.get(span.to - 1).head();
        if ((relation.equals("compound") || relation.equals("poss")) && head >= 0
                && OFFICIALS.contains(tokens.get(head).lemma())
                && ACTING.contains(tokens.get(head).analysis().relation())) {
            return true;
        }
        if (!relation.equals("pobj")) {
            return false;
        }
        int preposition = head;
        if (preposition < 0) {
            return false;
        }
        String word = tokens.get(preposition).lemma();
        return word.equals("between") || word.equals("with") || word.equals("by");
    }

    /**
     * "The news agency Reuters quoted ...", "the daily Kommersant reported", "in an interview with CNN": the press
     * reports, it does not act.
     */
    private static boolean isMedium(Span span) {
        List<Token> tokens = span.sentence.tokens();
        Token top = tokens.get(span.to - 1);
        if ((top.hasRelation("appos") || top.hasRelation("compound")) && top.head() >= 0
                && MEDIA.contains(tokens.get(top.head()).lemma())) {
            return true;
        }
        int preposition = top.hasRelation("pobj") ? top.head() : -1;
        if (preposition >= 0 && tokens.get(preposition).head() >= 0
                && INTERVIEWS.contains(tokens.get(tokens.get(preposition).head()).lemma())) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int head = tokens.get(i).head();
            boolean describesIt = (head >= span.from && head < span.to) || (i >= span.from && i < span.to);
            if (describesIt && MEDIA.contains(tokens.get(i).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "an interview with CNN", "a broadcast on Rossiya 1": the medium a person spoke through. */
    private static final Set<String> INTERVIEWS = Set.of("interview", "broadcast", "podcast", "programme", "program",
            "show", "op-ed", "article", "column");
    private static final Set<String> MEDIA = Set.of("agency", "newspaper", "daily", "broadcaster", "outlet",
            "channel", "magazine", "website", "tabloid", "weekly");

    private static boolean capitalised(String name) {
        for (String word : name.split(" ")) {
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** A country the gazetteer names within the noun phrase around the entity. */
    private static String countryOf(Span span, List<Mention> known) {
        List<Token> tokens = span.sentence.tokens();
        List<Integer> phrase = new ArrayList<>();
        for (int i = span.from; i < span.to; i++) {
            phrase.add(i);
        }
        int last = span.to - 1;
        int head = tokens.get(last).head();
        Token lastToken = tokens.get(last);
        if (head >= 0 && (lastToken.hasRelation("appos") || lastToken.hasRelation("compound"))) {
            phrase.add(head);
        }
        for (int i = 0; i < phrase.size() && phrase.size() < 24; i++) {
            int at = phrase.get(i);
            for (int k = 0; k < tokens.size(); k++) {
                Token candidate = tokens.get(k);
                if (candidate.head() == at && !phrase.contains(k) && candidate.analysis() != null
                        && PHRASE_LINKS.contains(candidate.analysis().relation())) {
                    phrase.add(k);
                }
            }
        }
        for (Mention mention : known) {
            GazetteerEntry entry = mention.entry();
            if (entry.kind() == GazetteerEntry.Kind.COUNTRY && phrase.stream().anyMatch(i ->
                    tokens.get(i).start() <= mention.start() && mention.start() < tokens.get(i).end())) {
                return entry.name();
            }
        }
        return null;
    }

    private static List<Span> spans(Sentence sentence) {
        List<Span> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int from = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String tag = token.analysis() == null ? null : token.analysis().entity();
            if (tag == null || tag.length() < 3) {
                from = -1;
                continue;
            }
            char position = tag.charAt(0);
            if (position == 'U') {
                spans.add(new Span(sentence, i, i + 1, tag.substring(2)));
                from = -1;
            } else if (position == 'B') {
                from = i;
            } else if (position == 'L' && from >= 0) {
                spans.add(new Span(sentence, from, i + 1, tag.substring(2)));
                from = -1;
            }
        }
        return spans;
    }

    private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    private record Span(Sentence sentence, int from, int to, String type) {

        int start() {
            return sentence.tokens().get(from).start();
        }

        int end() {
            return sentence.tokens().get(to - 1).end();
        }

        String surface() {
            return sentence.text().substring(start() - sentence.start(), end() - sentence.start());
        }
    }
}
