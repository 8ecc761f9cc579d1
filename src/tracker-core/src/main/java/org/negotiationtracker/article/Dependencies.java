package org.negotiationtracker.article;

import java.util.HashSet;
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
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private Dependencies() {
    }

    static boolean parsed(Sentence sentence) {
        return parsed(sentence.tokens());
    }

    static boolean parsed(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).analysis() != null;
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
        Trigger told = triggerBelow(tokens, triggers, at, 3);
        if (told != null) {
            return told;
        }
        for (int depth = 0; at >= 0 && at < tokens.size() && depth < MAX_DEPTH; depth++) {
            Trigger trigger = triggerAt(triggers, at);
            if (trigger != null && !(tokens.get(at).start() >= start && tokens.get(at).end() <= end)) {
                // "said the forum would now open on May 2": the day of what is said to lie ahead is not the saying's
                return trigger.family() == Trigger.Family.STATEMENT && saidToLieAhead(sentence, triggers, start, end)
                        ? NO_EVENT : trigger;
            }
            Trigger planned = depth > 0 && tokens.get(at).isVerb() && PLANNING.contains(tokens.get(at).lemma())
                    ? plannedMeeting(tokens, triggers, at) : null;
            if (planned != null) {
                return planned;
            }
            if (depth > 0 && tokens.get(at).isVerb() && isNounClause(tokens.get(at))
                    && !PLANNING.contains(tokens.get(at).lemma())) {
                return eventOfVerb(tokens, triggers, at);
            }
            if (misattachedMainVerb(tokens.get(at))) {
                Trigger subject = highestTriggerAbove(tokens, triggers, at);
                if (subject != null) {
                    return subject;
                }
            }
            at = tokens.get(at).head();
        }
        return null;
    }

    /**
     * "a meeting with the envoys planned for Thursday": a planning participle dates the meeting it plans, however
     * far up the noun phrase the parser hung it.
     */
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "slate", "set");

    /**
     * "said the session would take place on Wednesday": the date is in what someone said lies ahead, a clause with a
     * modal or "to" of its own between it and the speech verb, by the parse.
     */
    static boolean saidToLieAhead(Sentence sentence, List<Trigger> triggers, int start, int end) {
        if (!parsed(sentence)) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        boolean clauseAhead = false;
        int at = top(sentence, start, end);
        for (int depth = 0; at >= 0 && at < tokens.size() && depth < MAX_DEPTH; depth++) {
            Trigger trigger = triggerAt(triggers, at);
            if (trigger != null && depth > 0) {
                return clauseAhead && trigger.family() == Trigger.Family.STATEMENT;
            }
            clauseAhead |= depth > 0 && tokens.get(at).isVerb() && infinitiveOrModal(tokens, at);
            at = tokens.get(at).head();
        }
        return false;
    }

    /**
     * "the next round of the talks, initially planned for March 20, has been postponed": the parser made "planned"
     * the main verb; its date is still the day planned for the meeting its subject names, directly or by "of".
     */
    private static Trigger plannedMeeting(List<Token> tokens, List<Trigger> triggers, int verb) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).head() == verb && tokens.get(i).analysis().relation().startsWith("nsubj")) {
                Trigger subject = triggerAt(triggers, i);
                if (subject == null) {
                    subject = triggerAt(triggers, ofObject(tokens, i));
                }
                if (subject != null && subject.family() == Trigger.Family.MEETING) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** The noun after "of" that a noun governs ("the resumption of the forum"), -1 when none. */
    static int ofObject(List<Token> tokens, int noun) {
        for (int k = noun + 1; k < tokens.size(); k++) {
            if (tokens.get(k).head() == noun && tokens.get(k).lower().equals("of")) {
                for (int j = k + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).head() == k && tokens.get(j).hasRelation("pobj")) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /** A participle or relative clause that describes a noun: "the letter released on Thursday". */
    private static boolean isNounClause(Token verb) {
        return verb.hasRelation("relcl") || (verb.hasRelation("acl") && !misattachedMainVerb(verb));
    }

    /**
     * A finite verb ("ended", "holds") cannot head a reduced clause: labelled so, it is the main verb, which the
     * parser hung on the last noun of a long subject ("talks between A and B over a deal with C ended on
     * Wednesday"). Its phrase belongs to the sentence's root.
     */
    private static boolean misattachedMainVerb(Token verb) {
        return verb.hasRelation("acl") && FINITE.contains(verb.analysis().penn());
    }

    /** The trigger highest up the words above {@code word} that come before it: the head of a long subject. */
    private static Trigger highestTriggerAbove(List<Token> tokens, List<Trigger> triggers, int word) {
        Trigger highest = null;
        int at = tokens.get(word).head();
        for (int depth = 0; at >= 0 && at < word && depth < MAX_DEPTH; depth++) {
            Trigger trigger = triggerAt(triggers, at);
            if (trigger != null) {
                highest = trigger;
            }
            at = tokens.get(at).head();
        }
        return highest;
    }

    /**
     * The event a clause describing a noun tells of through a trigger of its own ("the talks that took place on
     * Monday"); none for a clause of its own ("the letter released on Thursday"), whose dates then date no event.
     */
    private static Trigger eventOfVerb(List<Token> tokens, List<Trigger> triggers, int verb) {
        for (int i = 0; i < tokens.size(); i++) {
            Trigger trigger = tokens.get(i).head() == verb ? triggerAt(triggers, i) : null;
            if (trigger != null) {
                return trigger;
            }
        }
        return NO_EVENT;
    }

    /** A trigger in the clause that modifies a date: "by June, when Putin will be visiting Japan". */
    private static Trigger triggerBelow(List<Token> tokens, List<Trigger> triggers, int word, int depth) {
        if (depth == 0) {
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).head() != word) {
                continue;
            }
            Trigger trigger = triggerAt(triggers, i);
            if (trigger == null) {
                trigger = triggerBelow(tokens, triggers, i, depth - 1);
            }
            if (trigger != null) {
                return trigger;
            }
        }
        return null;
    }

    /** Owns the dates of a verb that tells of no event: they are none of the triggers'. */
    static final Trigger NO_EVENT = new Trigger(Trigger.Family.STATEMENT, -1, -1, -1, false, false, false, false);

    private static Trigger triggerAt(List<Trigger> triggers, int index) {
        return triggers.stream().filter(t -> t.tokenIndex() == index).findFirst().orElse(null);
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

    /**
     * The words that are the verb's subject ("Ruritania and Freedonia announced"): its nsubj and what is
     * coordinated with it. Empty without a parse.
     */
    static Set<Integer> subjectWords(List<Token> tokens, int verb) {
        Set<Integer> subject = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).head() == verb && tokens.get(i).hasRelation("nsubj")) {
                subject.add(i);
            }
        }
        boolean grew = !subject.isEmpty();
        while (grew) {
            grew = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (!subject.contains(i) && subject.contains(tokens.get(i).head()) && tokens.get(i).hasRelation("conj")) {
                    grew = subject.add(i);
                }
            }
        }
        return subject;
    }

    /** "had been reached", "was signed": a verb with a passive auxiliary of its own. */
    static boolean passive(List<Token> tokens, int verb) {
        return tokens.stream().anyMatch(t -> t.head() == verb && t.hasRelation("auxpass"));
    }

    /**
     * "if the deal is signed", "unless they meet", "before any treaty is signed": a verb under "if" or "unless", or
     * whose subject is "any" thing, tells a condition, not an event.
     */
    static boolean hypothetical(List<Token> tokens, int verb) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.head() != verb) {
                continue;
            }
            if (token.hasRelation("mark") && (token.lower().equals("if") || token.lower().equals("unless"))) {
                return true;
            }
            if (token.hasRelation("nsubj") || token.hasRelation("nsubjpass")) {
                int argument = i;
                if (tokens.stream().anyMatch(t -> t.head() == argument && t.hasRelation("det")
                        && t.lower().equals("any"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} lies in what {@code verb} governs, through verbs that are only its complement: "proposed
     * holding the next round of talks" (talks, holding), not "proposed a truce after the talks ended".
     */
    static boolean contentOf(List<Token> tokens, int word, int verb) {
        int at = word;
        for (int depth = 0; at >= 0 && depth < MAX_DEPTH; depth++) {
            int head = tokens.get(at).head();
            if (head == verb) {
                return true;
            }
            if (head < 0 || (tokens.get(head).isVerb() && !tokens.get(head).hasRelation("xcomp"))) {
                return false;
            }
            at = head;
        }
        return false;
    }
}
