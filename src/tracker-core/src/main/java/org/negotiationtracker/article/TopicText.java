package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as topic matching reads it: its sentences, page furniture left out, each weighted by where it
 * stands (the title and the first sentences say what the article is about; a name deep in the text may be
 * background), and what it names that may be a topic's party.
 */
final class TopicText {

    static final double TITLE = 3;
    static final double LEAD = 2;
    static final double BODY = 1;
    /** A place that is not a capital locates talks rather than names a side. */
    static final double VENUE = 0.5;

    private static final int LEAD_SENTENCES = 2;
    private static final int LONGEST_TITLE = 25;
    private static final int SHORTEST_SENTENCE = 5;
    /** How far before "government" or "opposition" its country may stand: "Sudan's army-led government". */
    private static final int OWNER_DISTANCE = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s+(?=[\"“‘(]?[\\p{Lu}\\d])");
    private static final Pattern NEGOTIATING = Pattern.compile("(?i)\\b(talks|negotiat\\w*|summit\\w*|treat(y|ies)"
            + "|meet|meets|met|meetings?|envoys?|peace"
            + "|agreements?|agree[sd]?|deals?|accords?|cease-?fires?|truces?|dialogue|mediat\\w*|rapprochement"
            + "|round of)\\b");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen",
            "rep", "gov", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec");

    /** The title or a sentence: its words, and its weight by where it stands. */
    record Sentence(double weight, List<TopicWords.Word> words) {

        boolean lead() {
            return weight > BODY;
        }
    }

    /**
     * Something the article names that may be a side: a country (by name, demonym, capital or government), an
     * institution, a person acting for either, or a country's opposition; a mere venue does not act. {@code where}
     * is the weight of the sentence it stands in.
     */
    record Reference(String country, String name, boolean opposition, double where, boolean acting) {

        double weight() {
            return acting ? where : where * VENUE;
        }

        boolean lead() {
            return where > BODY;
        }
    }

    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final boolean negotiating;

    TopicText(String text, List<Mention> mentions) {
        boolean first = true;
        int leadLeft = LEAD_SENTENCES;
        boolean negotiatingFound = false;
        for (PageFurniture.Line line : PageFurniture.articleLines(text)) {
            if (first && Words.of(text, line.start(), line.end()).size() <= LONGEST_TITLE) {
                add(text, line.start(), line.end(), TITLE, mentions);
                negotiatingFound |= negotiating(text, line.start(), line.end());
                first = false;
                continue;
            }
            first = false;
            for (int[] span : sentenceSpans(text, line.start(), line.end())) {
                boolean isLead = leadLeft > 0 && Words.of(text, span[0], span[1]).size() >= SHORTEST_SENTENCE;
                leadLeft -= isLead ? 1 : 0;
                add(text, span[0], span[1], isLead ? LEAD : BODY, mentions);
                negotiatingFound |= negotiating(text, span[0], span[1]);
            }
        }
        this.negotiating = negotiatingFound;
        for (int i = 0; i < sentences.size(); i++) {
            addOwnedReferences(i);
        }
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Reference> references() {
        return references;
    }

    /** Whether the article speaks of negotiating at all (talks, a deal, a summit, mediation...). */
    boolean negotiating() {
        return negotiating;
    }

    private void add(String text, int start, int end, double weight, List<Mention> mentions) {
        sentences.add(new Sentence(weight, TopicWords.of(text, start, end, mentions)));
        for (Mention mention : mentions) {
            if (mention.start() >= start && mention.end() <= end) {
                references.add(reference(mention, weight));
            }
        }
    }

    private static Reference reference(Mention mention, double weight) {
        GazetteerEntry entry = mention.entry();
        boolean acting = entry.kind() != GazetteerEntry.Kind.PLACE || "capital".equals(entry.role());
        return new Reference(entry.country() == null ? null : Words.key(entry.country()), Words.key(entry.name()),
                false, weight, acting);
    }

    private static boolean negotiating(String text, int start, int end) {
        return NEGOTIATING.matcher(text).region(start, end).find();
    }

    /**
     * "the Sudanese government", "Venezuela's opposition", "the government in Juba", and a bare "the
     * opposition" after a country named earlier in the sentence or the one before: a side of that country.
     */
    private void addOwnedReferences(int index) {
        List<TopicWords.Word> words = sentences.get(index).words();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).key();
            boolean opposition = key.equals("opposition");
            if (!opposition && !key.equals("government")) {
                continue;
            }
            String owner = ownerAfter(words, i);
            for (int back = i - 1; owner == null && back >= Math.max(0, i - OWNER_DISTANCE); back--) {
                owner = words.get(back).country();
            }
            owner = owner != null ? owner : lastCountryBefore(index, words.get(i).start());
            if (owner != null) {
                references.add(new Reference(owner, null, opposition, sentences.get(index).weight(), true));
            }
        }
    }

    /** "government of Sudan", "opposition in Venezuela": the country right after (the joining word is left out). */
    private static String ownerAfter(List<TopicWords.Word> words, int at) {
        return at + 1 < words.size() && words.get(at + 1).start() - words.get(at).end() <= 5
                ? words.get(at + 1).country() : null;
    }

    private String lastCountryBefore(int index, int offset) {
        for (int s = index; s >= Math.max(0, index - 1); s--) {
            List<TopicWords.Word> words = sentences.get(s).words();
            for (int i = words.size() - 1; i >= 0; i--) {
                if (words.get(i).start() < offset && words.get(i).country() != null) {
                    return words.get(i).country();
                }
            }
        }
        return null;
    }

    private static List<int[]> sentenceSpans(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        int from = start;
        Matcher stop = SENTENCE_END.matcher(text).region(start, end);
        while (stop.find()) {
            List<Words.Word> before = Words.of(text, from, stop.start());
            if (before.size() >= SHORTEST_SENTENCE && !ABBREVIATIONS.contains(before.get(before.size() - 1).key())
                    && before.get(before.size() - 1).key().length() > 1) {
                spans.add(new int[] {from, stop.start() + 1});
                from = stop.end();
            }
        }
        if (from < end) {
            spans.add(new int[] {from, end});
        }
        return spans;
    }
}
