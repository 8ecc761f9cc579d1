package org.negotiationtracker.article;

import java.util.Locale;
import java.util.Set;

/**
 * A word with its Universal POS tag and its offsets in the article text, and, where the trained models read the
 * sentence, what they said of it ({@code analysis}; null for the rules alone). The UD model tags verbs without
 * tense, so without an analysis tense is read from the word form.
 */
record Token(String text, String tag, int start, int end, Analysis analysis) {

    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "told", "said", "made", "took", "gave",
            "sent", "began", "spoke", "saw", "went", "came", "won", "struck", "brought", "sought", "reached", "agreed",
            "set", "put", "led", "left", "had", "did", "was", "were", "signed", "visited");

    /**
     * @param penn     the Penn Treebank tag (VBD: past tense, VBN: past participle ...)
     * @param entity   the named-entity tag, BILOU-prefixed ("B-PERSON", "U-GPE"), or "O"
     * @param head     the index in the sentence of the word this one depends on, -1 for the root
     * @param relation the dependency label (nsubj, dobj, aux, neg, ccomp ...)
     */
    record Analysis(String lemma, String penn, String entity, int head, String relation) {
    }

    Token(String text, String tag, int start, int end) {
        this(text, tag, start, end, null);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The dictionary form where the models gave one, else the word in lower case. */
    String lemma() {
        return analysis == null ? lower() : analysis.lemma();
    }

    boolean isVerb() {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    boolean isPastVerb() {
        if (analysis != null) {
            return analysis.penn().equals("VBD") || analysis.penn().equals("VBN");
        }
        String word = lower();
        return isVerb() && (word.endsWith("ed") || IRREGULAR_PAST.contains(word));
    }

    boolean isAdverb() {
        return tag.equals("ADV");
    }

    boolean hasRelation(String label) {
        return analysis != null && label.equals(analysis.relation());
    }

    int head() {
        return analysis == null ? -1 : analysis.head();
    }
}
