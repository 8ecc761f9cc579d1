package org.negotiationtracker.article;

import java.util.List;
import java.util.Set;

/**
 * What the rules read from the dependency parse of a sentence, where the trained models parsed it: which event
 * word governs a phrase, whether a date names a thing, whether a verb is infinitival or modal. Each answer is
 * "no" (or none) for a sentence without a parse, so the word-window rules decide there.
 */
final class Dependencies {

    /** Links by which a date modifies the noun it dates ("the June 12 date", "the 1956 declaration"). */
    private static final Set<String> NOUN_MODIFIERS = Set.of("compound", "nmod", "amod", "nn", "npadvmod");
    private static final int MAX_DEPTH = 32;

    private Dependencies() {
    }

    static boolean parsed(Sentence sentence) {
        return !sentence.tokens().isEmpty() && sentence.tokens().get(0).analysis() != null;
    }

    /** The word of [start, end) that heads the others: the one whose head lies outside the span. */
    static int top(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAt(start);
        int top = first;
        for (int i = first; i < tokens.size() && tokens.get(i).start() < end; i++) {
            int head = tokens.get(i).head();
            if (head < first || head >= tokens.size() || tokens.get(head).start() >= end) {
                top = i;
                break;
            }
        }
        return top;
    }

    /**
     * The trigger whose phrase holds [start, end): the nearest trigger word up the chain of heads from it. Null
     * without a parse, or when no trigger governs the span.
     */
    static Trigger governing(Sentence sentence, List<Trigger> triggers, int start, int end) {
        if (!parsed(sentence)) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int at = top(sentence, start, end);
        for (int depth = 0; at >= 0 && at < tokens.size() && depth < MAX_DEPTH; depth++) {
            int index = at;
            Trigger trigger = triggers.stream().filter(t -> t.tokenIndex() == index).findFirst().orElse(null);
            if (trigger != null && !(tokens.get(at).start() >= start && tokens.get(at).end() <= end)) {
                return trigger;
            }
            at = tokens.get(at).head();
        }
        return null;
    }

    /**
     * A date that modifies a noun which is no event word names a thing, not when something happened: "doubts
     * over the June 12 date", "the 1956 declaration". Dates of event nouns ("Wednesday's talks") still date.
     */
    static boolean namesAThing(Sentence sentence, List<Trigger> triggers, int start, int end) {
        if (!parsed(sentence)) {
            return false;
        }
        Token top = sentence.tokens().get(top(sentence, start, end));
        int head = top.head();
        if (head < 0 || top.analysis() == null || !NOUN_MODIFIERS.contains(top.analysis().relation())) {
            return false;
        }
        Token noun = sentence.tokens().get(head);
        return (noun.tag().equals("NOUN") || noun.tag().equals("PROPN"))
                && triggers.stream().noneMatch(t -> t.tokenIndex() == head);
    }

    /**
     * "to meet", "to be held", "would be meeting", "will sign": a verb with an infinitival "to" or a modal of its
     * own tells no past event.
     */
    static boolean infinitiveOrModal(List<Token> tokens, int verb) {
        for (Token token : tokens) {
            if (token.head() == verb && token.analysis() != null && token.analysis().relation().startsWith("aux")
                    && (token.analysis().penn().equals("TO") || token.analysis().penn().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** A "not", "never" or "n't" attached to the word itself. */
    static boolean negatedDirectly(List<Token> tokens, int word) {
        return tokens.stream().anyMatch(t -> t.head() == word && t.hasRelation("neg"));
    }
}
