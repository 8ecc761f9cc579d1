package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.article.Trigger.Family;

/**
 * The trigger words of each event family, and the tense, modality and negation read from the words and
 * part-of-speech tags before a trigger: "will meet", "is to visit", "plans to", "may be held" lie ahead;
 * "met", "has met", "held talks" lie behind; "did not meet", "no agreement was reached" did not happen.
 */
final class Lexicon {

    private static final Map<String, Family> VERBS = Map.ofEntries(
            Map.entry("meet", Family.MEETING), Map.entry("meets", Family.MEETING), Map.entry("met", Family.MEETING),
            Map.entry("meeting", Family.MEETING), Map.entry("held", Family.MEETING), Map.entry("hold", Family.MEETING),
            Map.entry("holds", Family.MEETING), Map.entry("holding", Family.MEETING), Map.entry("talked", Family.MEETING),
            Map.entry("visit", Family.MEETING), Map.entry("visits", Family.MEETING), Map.entry("visited", Family.MEETING),
            Map.entry("visiting", Family.MEETING), Map.entry("hosted", Family.MEETING), Map.entry("hosts", Family.MEETING),
            Map.entry("negotiated", Family.MEETING), Map.entry("attended", Family.MEETING),
            Map.entry("attend", Family.MEETING), Map.entry("attends", Family.MEETING),
            Map.entry("attending", Family.MEETING), Map.entry("participated", Family.MEETING),
            Map.entry("participate", Family.MEETING), Map.entry("participates", Family.MEETING),
            Map.entry("participating", Family.MEETING),
            Map.entry("scheduled", Family.SCHEDULING), Map.entry("slated", Family.SCHEDULING),
            Map.entry("urge", Family.DEMAND), Map.entry("urged", Family.DEMAND), Map.entry("urges", Family.DEMAND),
            Map.entry("urging", Family.DEMAND), Map.entry("demand", Family.DEMAND), Map.entry("demanded", Family.DEMAND),
            Map.entry("demands", Family.DEMAND), Map.entry("insisted", Family.DEMAND), Map.entry("insists", Family.DEMAND),
            Map.entry("proposed", Family.PROPOSAL), Map.entry("proposes", Family.PROPOSAL),
            Map.entry("offered", Family.PROPOSAL),
            Map.entry("agreed", Family.AGREEMENT), Map.entry("agree", Family.AGREEMENT), Map.entry("agrees", Family.AGREEMENT),
            Map.entry("signed", Family.SIGNING), Map.entry("signs", Family.SIGNING), Map.entry("inked", Family.SIGNING),
            Map.entry("initialled", Family.SIGNING), Map.entry("initialed", Family.SIGNING),
            Map.entry("signing", Family.SIGNING),
            Map.entry("briefed", Family.BRIEFING), Map.entry("briefs", Family.BRIEFING),
            Map.entry("said", Family.STATEMENT), Map.entry("says", Family.STATEMENT), Map.entry("stated", Family.STATEMENT),
            Map.entry("declared", Family.STATEMENT), Map.entry("announced", Family.STATEMENT),
            Map.entry("expresses", Family.STATEMENT), Map.entry("expressed", Family.STATEMENT),
            Map.entry("stressed", Family.STATEMENT), Map.entry("emphasized", Family.STATEMENT),
            Map.entry("emphasised", Family.STATEMENT), Map.entry("told", Family.STATEMENT),
            Map.entry("warned", Family.STATEMENT), Map.entry("reiterated", Family.STATEMENT),
            Map.entry("recalled", Family.STATEMENT), Map.entry("added", Family.STATEMENT),
            Map.entry("noted", Family.STATEMENT), Map.entry("pointed", Family.STATEMENT),
            Map.entry("clarified", Family.STATEMENT), Map.entry("admitted", Family.STATEMENT),
            Map.entry("explained", Family.STATEMENT), Map.entry("confirmed", Family.STATEMENT),
            Map.entry("according", Family.STATEMENT), Map.entry("wrote", Family.STATEMENT),
            Map.entry("tweeted", Family.STATEMENT),
            Map.entry("cancelled", Family.CANCELLATION), Map.entry("canceled", Family.CANCELLATION),
            Map.entry("postponed", Family.CANCELLATION), Map.entry("postpone", Family.CANCELLATION),
            Map.entry("postpones", Family.CANCELLATION), Map.entry("postponing", Family.CANCELLATION),
            Map.entry("cancel", Family.CANCELLATION), Map.entry("cancels", Family.CANCELLATION),
            Map.entry("cancelling", Family.CANCELLATION), Map.entry("canceling", Family.CANCELLATION),
            Map.entry("rescheduled", Family.CANCELLATION), Map.entry("scrapped", Family.CANCELLATION),
            Map.entry("suspended", Family.SUSPENSION), Map.entry("suspends", Family.SUSPENSION),
            Map.entry("halted", Family.SUSPENSION),
            Map.entry("resumed", Family.RESUMPTION), Map.entry("resumes", Family.RESUMPTION));

    private static final Map<String, Family> NOUNS = Map.ofEntries(
            Map.entry("meeting", Family.MEETING), Map.entry("meetings", Family.MEETING), Map.entry("talks", Family.MEETING),
            Map.entry("summit", Family.MEETING), Map.entry("negotiations", Family.MEETING),
            Map.entry("consultations", Family.MEETING), Map.entry("visit", Family.MEETING),
            Map.entry("precondition", Family.DEMAND), Map.entry("prerequisite", Family.DEMAND),
            Map.entry("ultimatum", Family.DEMAND), Map.entry("proposal", Family.PROPOSAL),
            Map.entry("agreement", Family.AGREEMENT), Map.entry("deal", Family.AGREEMENT),
            Map.entry("ceasefire", Family.AGREEMENT), Map.entry("truce", Family.AGREEMENT),
            Map.entry("briefing", Family.BRIEFING), Map.entry("statement", Family.STATEMENT),
            Map.entry("postponement", Family.CANCELLATION), Map.entry("cancellation", Family.CANCELLATION),
            Map.entry("suspension", Family.SUSPENSION), Map.entry("halt", Family.SUSPENSION),
            Map.entry("resumption", Family.RESUMPTION));

    /**
     * Verbs by their dictionary form, for sentences the trained models read: every inflection of each ("is
     * briefing", "have been delayed"), and verbs whose forms the word lists above do not carry.
     */
    private static final Map<String, Family> VERB_LEMMAS = Map.ofEntries(
            Map.entry("meet", Family.MEETING), Map.entry("visit", Family.MEETING), Map.entry("host", Family.MEETING),
            Map.entry("travel", Family.MEETING), Map.entry("convene", Family.MEETING),
            Map.entry("reconvene", Family.MEETING),
            Map.entry("negotiate", Family.MEETING), Map.entry("attend", Family.MEETING),
            Map.entry("urge", Family.DEMAND), Map.entry("demand", Family.DEMAND), Map.entry("propose", Family.PROPOSAL),
            Map.entry("offer", Family.PROPOSAL), Map.entry("table", Family.PROPOSAL),
            Map.entry("submit", Family.PROPOSAL), Map.entry("unveil", Family.PROPOSAL), Map.entry("agree", Family.AGREEMENT),
            Map.entry("commit", Family.AGREEMENT), Map.entry("sign", Family.SIGNING),
            Map.entry("brief", Family.BRIEFING), Map.entry("say", Family.STATEMENT), Map.entry("state", Family.STATEMENT),
            Map.entry("declare", Family.STATEMENT), Map.entry("announce", Family.STATEMENT),
            Map.entry("stress", Family.STATEMENT), Map.entry("warn", Family.STATEMENT),
            Map.entry("reiterate", Family.STATEMENT), Map.entry("welcome", Family.STATEMENT),
            Map.entry("accuse", Family.STATEMENT), Map.entry("criticize", Family.STATEMENT),
            Map.entry("criticise", Family.STATEMENT), Map.entry("condemn", Family.STATEMENT),
            Map.entry("reject", Family.STATEMENT), Map.entry("write", Family.STATEMENT),
            Map.entry("tweet", Family.STATEMENT), Map.entry("cancel", Family.CANCELLATION),
            Map.entry("postpone", Family.CANCELLATION), Map.entry("delay", Family.CANCELLATION),
            Map.entry("reschedule", Family.CANCELLATION), Map.entry("suspend", Family.SUSPENSION),
            Map.entry("halt", Family.SUSPENSION), Map.entry("resume", Family.RESUMPTION));

    /**
     * Verbs whose particle makes them a trigger: "called off", "pulled out of", "pushed back", "put off", "put
     * forward", "broke down", "walked out".
     */
    private static final Map<String, List<Phrasal>> PHRASAL = phrasalVerbs(
            List.of("call", "calls", "called", "calling"), new Phrasal("off", Family.CANCELLATION),
            List.of("pull", "pulls", "pulled", "pulling"), new Phrasal("out", Family.CANCELLATION),
            List.of("push", "pushes", "pushed", "pushing"), new Phrasal("back", Family.CANCELLATION),
            List.of("put", "puts", "putting"), new Phrasal("off", Family.CANCELLATION),
            List.of("put", "puts", "putting"), new Phrasal("forward", Family.PROPOSAL),
            List.of("broke", "broken", "breaks", "break"), new Phrasal("down|off|up", Family.SUSPENSION),
            List.of("walked", "walks", "walk"), new Phrasal("out", Family.SUSPENSION),
            List.of("take", "takes", "taking", "took"), new Phrasal("part", Family.MEETING));

    /** Pairs of verb forms and the particle that makes them a trigger. */
    private static Map<String, List<Phrasal>> phrasalVerbs(Object... formsAndPhrasals) {
        Map<String, List<Phrasal>> byForm = new java.util.HashMap<>();
        for (int k = 0; k < formsAndPhrasals.length; k += 2) {
            @SuppressWarnings("unchecked")
            List<String> forms = (List<String>) formsAndPhrasals[k];
            Phrasal phrasal = (Phrasal) formsAndPhrasals[k + 1];
            forms.forEach(form -> byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(phrasal));
        }
        return Map.copyOf(byForm);
    }

    private record Phrasal(String particles, Family family) {

        boolean completedBy(String word) {
            return word.matches(particles);
        }
    }

    /** "condition" is a demand only when the sentence makes it one: "the key condition", "a condition for". */
    private static final Set<String> CONDITION_MARKERS = Set.of("key", "main", "important", "essential", "necessary",
            "only", "basic", "indispensable", "crucial", "for");

    /** Verbs after which "must" or "should" turns a sentence into a demand on someone else. */
    private static final Set<String> DEMANDED_ACTIONS = Set.of("recognize", "recognise", "accept", "withdraw", "return",
            "stop", "end", "release", "halt", "abandon", "respect", "lift", "cease", "comply", "free", "allow");

    private static final Set<String> FUTURE_GOVERNORS = Set.of("plan", "plans", "planned", "planning", "expected",
            "expects", "set", "due", "going", "intends", "intend", "hopes", "hope", "scheduled", "slated", "aims",
            "is", "are", "was", "were", "prepares", "preparing", "seeks", "wants", "wish", "agreed", "continue");

    /** "After signing": a gerund tells an event only after these; "aimed at signing" is a purpose. */
    private static final Set<String> AFTER = Set.of("after", "following", "upon", "on");
    private static final int VERB_REACH = 8;
    private static final int NOUN_REACH = 12;

    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "shall", "can",
            "'ll", "wo");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without", "neither", "nor",
            "failed", "fail", "fails", "refused", "refuses", "declined", "denied", "unable", "short");

    private Lexicon() {
    }

    private static final Set<String> OTHER_TRIGGER_WORDS = Set.of("condition", "must", "should", "reached", "table",
            "received", "receives", "receive", "receiving", "conference", "froze", "frozen", "freeze", "freezes",
            "withdrew", "withdraw", "withdraws", "withdrawn");

    /**
     * Verbs that make a meeting noun before them an event: "a meeting ... has started", "the talks ended", "the
     * forum will open on May 2"; "the talks collapsed" ends them.
     */
    private static final Set<String> PROCEEDINGS = Set.of("started", "starts", "began", "begins", "begun", "opened",
            "collapsed", "collapses", "start", "begin", "open", "end", "conclude", "close",
            "opens", "ended", "ends", "concluded", "concludes", "closed", "closes", "convened", "convenes", "involve",
            "involves", "involved");

    /**
     * Gatherings that are events only by what they do ("the forum opened", "the second round ended"): alone, "a
     * forum for dialogue" or "a round of sanctions" is none.
     */
    private static final Set<String> PROCEEDING_NOUNS = Set.of("forum", "round", "session");
    private static final int SUBJECT_REACH = 12;

    static boolean isTriggerWord(String lowerCaseWord) {
        return VERBS.containsKey(lowerCaseWord) || NOUNS.containsKey(lowerCaseWord)
                || OTHER_TRIGGER_WORDS.contains(lowerCaseWord) || PHRASAL.containsKey(lowerCaseWord)
                || PROCEEDINGS.contains(lowerCaseWord) || VERB_LEMMAS.containsKey(stem(lowerCaseWord));
    }

    /**
     * A verb's likely dictionary form, enough to tell whether a sentence may hold an inflected lemma trigger:
     * "delayed" delay, "resumes" resume, "travelled" travel.
     */
    private static String stem(String word) {
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String base = word.substring(0, word.length() - suffix.length());
                String undoubled = base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                        ? base.substring(0, base.length() - 1) : base;
                for (String candidate : List.of(base, base + "e", undoubled)) {
                    if (VERB_LEMMAS.containsKey(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return word;
    }

    /** "took part", "attended", "are participating": joining a meeting rather than naming one. */
    static boolean isParticipation(Sentence sentence, Trigger trigger) {
        String word = sentence.tokens().get(trigger.tokenIndex()).lower();
        return PARTICIPATION.matcher(word).matches()
                || PHRASAL.getOrDefault(word, List.of()).stream().anyMatch(p -> p.family() == Family.MEETING);
    }

    private static final java.util.regex.Pattern PARTICIPATION = java.util.regex.Pattern.compile(
            "attend(s|ed|ing)?|participat(e|es|ed|ing)|involve[sd]?");

    private static final Set<String> CALLING = Set.of("call", "calls", "called", "calling");
    private static final Set<String> TAKING = Set.of("take", "takes", "took", "taken", "taking");

    /**
     * "Kim wrote to Xi": a letter sent, whose content, where the article tells it, is the statement; "'...,' Kim
     * wrote" is one.
     */
    private static boolean writesToSomeone(List<Token> tokens, int i) {
        return WRITING.contains(tokens.get(i).lower()) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to");
    }

    private static final Set<String> WRITING = Set.of("write", "writes", "wrote", "written", "writing", "tweet",
            "tweets", "tweeted", "tweeting");

    /** "issued a joint statement", "released a communique": making a statement public is making it. */
    private static final Set<String> ISSUING = Set.of("issue", "issues", "issued", "issuing", "release", "releases",
            "released", "releasing", "publish", "publishes", "published", "publishing");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique", "communiqué", "declaration");

    private static boolean issuesAStatement(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
            if (STATEMENT_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
    private static final Set<String> RETURNING = Set.of("return", "come", "go", "get");

    /**
     * "called on Ruritania to withdraw": asking someone to act; "called on Tuesday" only tells when someone phoned.
     */
    private static boolean callsForAction(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        String particle = tokens.get(i + 1).lower();
        return (particle.equals("on") || particle.equals("upon")) && !DAY_NAME.matcher(tokens.get(i + 2).lower()).matches();
    }

    /** Verbs that end or call off talks only when talks are what they act on: "froze the talks", "put them on hold". */
    private static final Map<String, Family> ENDING_TALKS = Map.of("freeze", Family.SUSPENSION,
            "withdraw", Family.CANCELLATION, "put", Family.SUSPENSION);

    /**
     * "froze the talks", "withdrew from the negotiations", "the talks were put on hold": the verb acts on a meeting
     * noun (its object, the object of its "from", or, for "put on hold", its subject).
     */
    private static boolean endsTheTalks(List<Token> tokens, int i) {
        String lemma = tokens.get(i).lemma();
        if (lemma.equals("put")) {
            return i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("on")
                    && tokens.get(i + 2).lower().equals("hold");
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (NOUNS.get(token.lower()) != Family.MEETING || token.head() < 0) {
                continue;
            }
            int head = token.head();
            boolean object = head == i && token.hasRelation("dobj");
            boolean fromIt = token.hasRelation("pobj") && tokens.get(head).lower().equals("from")
                    && tokens.get(head).head() == i;
            if ((lemma.equals("freeze") && object) || (lemma.equals("withdraw") && fromIt)) {
                return true;
            }
        }
        return false;
    }

    /** "received the visiting minister", "received Smith in the capital": a host meeting a guest. */
    private static boolean receivesAGuest(List<Token> tokens, int i) {
        for (Token token : tokens) {
            if (token.head() == i && token.hasRelation("dobj")) {
                return token.tag().equals("PROPN") || GUESTS.contains(token.lower());
            }
        }
        return false;
    }

    private static final Set<String> GUESTS = Set.of("minister", "president", "envoy", "delegation", "counterpart",
            "ambassador", "leader", "chancellor", "premier", "secretary");

    /** "returned to the negotiating table", "came back to the table": talks resumed. */
    private static boolean backAtTheTable(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
            if (tokens.get(k).lower().equals("table")) {
                return true;
            }
            if (isClauseBoundary(tokens.get(k)) || tokens.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "accused them of stalling the talks", "briefed the council on the talks", "welcomed the negotiations": a
     * meeting that is what another act is about, not an occasion the sentence tells. In a parse, the meeting noun
     * is the object of a verb that neither holds, joins, plans nor ends it, or the object of "on", "about" or
     * "over".
     */
    private static boolean themeOfAnotherAct(List<Token> tokens, int i) {
        Token noun = tokens.get(i);
        if (noun.head() < 0) {
            return false;
        }
        Token head = tokens.get(noun.head());
        if (noun.hasRelation("dobj") && head.isVerb()) {
            Family act = familyOf(head);
            return !OCCASIONS.contains(head.lemma()) && (act == null || TELLING_ABOUT.contains(act));
        }
        return noun.hasRelation("pobj") && ABOUT.contains(head.lower());
    }

    /**
     * "approved the agreement", "welcomed the deal", "talks on a deal", "conditions for a deal", "violating the
     * ceasefire": an agreement that someone acts on or speaks of, not one the sentence says was reached. Reaching,
     * striking, sealing, signing and announcing one tell it.
     */
    private static boolean dealTakenAsGiven(List<Token> tokens, int i) {
        Token noun = tokens.get(i);
        if (noun.head() < 0) {
            return false;
        }
        Token head = tokens.get(noun.head());
        if (noun.hasRelation("dobj") && head.isVerb()) {
            Family act = familyOf(head);
            return !MAKING_A_DEAL.contains(head.lemma()) && act != Family.SIGNING && act != Family.AGREEMENT;
        }
        return noun.hasRelation("pobj") && (ABOUT.contains(head.lower()) || head.lower().equals("for")
                || head.lower().startsWith("toward"));
    }

    private static final Set<String> MAKING_A_DEAL = Set.of("reach", "strike", "seal", "clinch", "conclude", "finalize",
            "finalise", "broker", "announce", "negotiate", "forge", "secure", "achieve", "hammer", "nail", "agree",
            "sign", "ink", "initial", "have", "make", "declare", "adopt", "endorse");

    /** "recalled that", "recalled: ...", "recalled, ...": remembering aloud; "recalled its ambassador" is no speech. */
    private static boolean introducesSpeech(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).lower();
        return next.equals("that") || next.equals(",") || next.equals(":") || next.equals("\"") || next.equals("“")
                || next.equals(".");
    }

    /** The family a verb triggers by its form or its dictionary form, null when it triggers none. */
    private static Family familyOf(Token verb) {
        return VERBS.getOrDefault(verb.lower(), VERB_LEMMAS.get(verb.lemma()));
    }

    private static final Set<String> ABOUT = Set.of("on", "about", "over", "regarding", "concerning");
    /** Families whose verbs speak of a meeting rather than hold, plan or end it: "welcomed the talks". */
    private static final Set<Family> TELLING_ABOUT = Set.of(Family.STATEMENT, Family.DEMAND, Family.BRIEFING);

    /** Verbs whose object meeting is an occasion that takes place: held, hosted, joined, opened, wrapped up... */
    private static final Set<String> OCCASIONS = Set.of("hold", "host", "attend", "join", "lead", "chair", "co-chair",
            "open", "begin", "start", "launch", "conclude", "end", "wrap", "complete", "finish", "close", "resume",
            "restart", "reopen", "continue", "conduct", "have", "convene", "organize", "organise", "arrange",
            "mediate", "broker", "facilitate", "sponsor", "schedule", "plan", "set", "postpone", "cancel", "delay",
            "suspend", "call", "break", "boycott", "skip", "enter", "propose");

    /** A cheap look before tagging: does the sentence contain any word that can trigger an event? */
    static boolean mayHoldTrigger(String sentence) {
        for (Words.Word word : Words.of(sentence, 0, sentence.length())) {
            if (isTriggerWord(word.key())) {
                return true;
            }
        }
        return false;
    }

    static List<Trigger> triggers(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Trigger> triggers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.lower();
            Family family = null;
            boolean verbal = false;
            if (token.isVerb() && VERBS.containsKey(word)) {
                family = VERBS.get(word);
                verbal = true;
            } else if (token.isVerb() && token.analysis() != null && VERB_LEMMAS.containsKey(token.lemma())) {
                family = VERB_LEMMAS.get(token.lemma());
                verbal = true;
            } else if (NOUNS.containsKey(word) && !token.isVerb()) {
                family = NOUNS.get(word);
            } else if (VERBS.containsKey(word) && isHeadlineVerb(tokens, i)) {
                family = VERBS.get(word);
                verbal = true;
            }
            for (Phrasal phrasal : PHRASAL.getOrDefault(word, List.of())) {
                if (i + 1 < tokens.size() && phrasal.completedBy(tokens.get(i + 1).lower())) {
                    family = phrasal.family();
                    verbal = true;
                }
            }
            if (token.isVerb() && token.lemma().equals("receive") && receivesAGuest(tokens, i)) {
                family = Family.MEETING;
                verbal = true;
            }
            if (token.isVerb() && ISSUING.contains(word) && issuesAStatement(tokens, i)) {
                family = Family.STATEMENT;
                verbal = true;
            }
            if (CALLING.contains(word) && callsForAction(tokens, i)) {
                family = Family.DEMAND;
                verbal = true;
            }
            if (token.isVerb() && RETURNING.contains(token.lemma()) && backAtTheTable(tokens, i)) {
                family = Family.RESUMPTION;
                verbal = true;
            }
            if (token.isVerb() && ENDING_TALKS.containsKey(token.lemma()) && endsTheTalks(tokens, i)) {
                family = ENDING_TALKS.get(token.lemma());
                verbal = true;
            }
            if (word.equals("conference") && i > 0 && (tokens.get(i - 1).lower().equals("press")
                    || tokens.get(i - 1).lower().equals("news"))) {
                family = Family.BRIEFING;
            }
            if (family == Family.MEETING && !verbal && themeOfAnotherAct(tokens, i)) {
                family = null;
            }
            if (family == Family.AGREEMENT && !verbal && dealTakenAsGiven(tokens, i)) {
                family = null;
            }
            if (family == Family.STATEMENT && word.equals("recalled") && !introducesSpeech(tokens, i)) {
                family = null;
            }
            if (family == Family.STATEMENT && writesToSomeone(tokens, i)) {
                family = null;
            }
            if (TAKING.contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("place")
                    && meetingSubject(tokens, i)) {
                // "the next session would take place in Naqoura": a gathering that takes place is a meeting
                family = Family.MEETING;
                verbal = true;
            }
            if (PROCEEDINGS.contains(word) && token.isVerb() && meetingSubject(tokens, i)) {
                family = word.startsWith("collapse") ? Family.SUSPENSION : Family.MEETING;
                verbal = true;
            }
            if (word.equals("condition") && conditionMarked(tokens, i)) {
                family = Family.DEMAND;
            }
            if ((word.equals("must") || word.equals("should")) && i + 1 < tokens.size()) {
                int next = i + 1;
                while (next < tokens.size() && tokens.get(next).isAdverb()) {
                    next++;
                }
                if (next < tokens.size() && DEMANDED_ACTIONS.contains(tokens.get(next).lower())) {
                    family = Family.DEMAND;
                    verbal = true;
                }
            }
            if (word.equals("reached") && agreementNearby(tokens, i)) {
                family = Family.AGREEMENT;
                verbal = true;
            }
            if (family == Family.MEETING && (word.equals("hold") || word.equals("held") || word.equals("holds")
                    || word.equals("holding")) && !holdsAnEvent(tokens, i)) {
                family = null;
            }
            if (word.equals("signing") && (i == 0 || !AFTER.contains(tokens.get(i - 1).lower()))) {
                family = null;
            }
            if (verbal && Dependencies.hypothetical(tokens, i)) {
                family = null;
            }
            if (family == Family.MEETING && verbal && meetsACommitment(tokens, i)) {
                family = null;
            }
            if (family == Family.DEMAND && word.startsWith("insist") && !requiresAction(tokens, i)) {
                family = Family.STATEMENT;
            }
            if (family == Family.PROPOSAL && !verbal && !putForward(tokens, i)) {
                family = null;
            }
            if (family == Family.MEETING && pressConferenceNear(tokens, i)) {
                family = Family.BRIEFING;
            }
            if (family == null) {
                continue;
            }
            boolean callOff = family == Family.CANCELLATION || family == Family.SUSPENSION;
            boolean future = callOff ? isModalInClause(tokens, i)
                    : isFuture(tokens, i, verbal ? VERB_REACH : NOUN_REACH) || (!verbal && predicateAhead(tokens, i))
                    || (verbal && Dependencies.infinitiveOrModal(tokens, i));
            triggers.add(new Trigger(family, i, token.start(), token.end(), verbal, future,
                    isNegated(tokens, i), verbal && isPresentOrPerfect(tokens, i)));
        }
        return triggers;
    }

    /** Headlines capitalise every word, which the tagger reads as proper nouns: "Lavrov Briefs Putin". */
    private static boolean isHeadlineVerb(List<Token> tokens, int i) {
        long capitalised = tokens.stream().filter(t -> Character.isUpperCase(t.text().charAt(0))).count();
        return tokens.size() > 3 && capitalised * 3 >= tokens.size() * 2 && i > 0;
    }

    private static boolean conditionMarked(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (CONDITION_MARKERS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("for");
    }

    /**
     * "held talks", "talks were held", "will hold a meeting": hold counts only when an event is held, near it or,
     * in a parse, as its subject or object however far ("the previous meeting between A and B was held", "the
     * talks between A and B are to be held").
     */
    private static boolean holdsAnEvent(List<Token> tokens, int i) {
        for (int k = 0; k < tokens.size(); k++) {
            int head = tokens.get(k).head();
            if (NOUNS.get(tokens.get(k).lower()) == Family.MEETING && head >= 0
                    && (head == i || head == tokens.get(i).head())) {
                return true;
            }
        }
        for (int k = Math.max(0, i - 4); k < Math.min(tokens.size(), i + 5); k++) {
            String word = tokens.get(k).lower();
            if (k != i && (NOUNS.get(word) == Family.MEETING || word.equals("round") || word.equals("conference")
                    || word.equals("dialogue") || word.equals("these") || word.equals("they"))) {
                return true;
            }
        }
        return false;
    }

    /** "A meeting of the group has started", "the talks in the capital ended": a meeting noun is the subject. */
    private static boolean meetingSubject(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) {
            Token token = tokens.get(k);
            if (isClauseBoundary(token) || token.text().equals(",")) {
                return false;
            }
            if ((NOUNS.get(token.lower()) == Family.MEETING || PROCEEDING_NOUNS.contains(token.lower()))
                    && !token.isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "is meeting its obligations", "met the deadline", "if its conditions are met": meeting a commitment is not a
     * meeting.
     */
    private static boolean meetsACommitment(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < Math.min(tokens.size(), i + 4); k++) {
            if (COMMITMENTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMMITMENTS = Set.of("obligation", "obligations", "commitment", "commitments",
            "deadline", "deadlines", "target", "targets", "requirement", "requirements", "criteria", "conditions",
            "expectations", "needs", "demands", "standards", "goals", "goal");

    /**
     * "insisted on a withdrawal", "insisted on Monday on a withdrawal", "insisted that the troops must leave" ask
     * something of someone; "insisted that
     * the country would not join" only states a position.
     */
    private static boolean requiresAction(List<Token> tokens, int i) {
        int next = i + 1;
        if (next + 1 < tokens.size() && tokens.get(next).lower().equals("on")
                && DAY_NAME.matcher(tokens.get(next + 1).lower()).matches()) {
            next += 2;
        }
        if (next < tokens.size() && (tokens.get(next).lower().equals("on") || tokens.get(next).lower().equals("upon"))
                && !(next + 1 < tokens.size() && DAY_NAME.matcher(tokens.get(next + 1).lower()).matches())) {
            return true;
        }
        for (int k = i + 1; k < tokens.size() && !isClauseBoundary(tokens.get(k)); k++) {
            String word = tokens.get(k).lower();
            boolean obliged = (word.equals("has") || word.equals("have") || word.equals("need") || word.equals("needs"))
                    && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
            if (word.equals("must") || word.equals("should") || word.equals("ought") || obliged) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DAY_NAME = java.util.regex.Pattern.compile(
            "\\d+|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august"
            + "|september|october|november|december");

    /**
     * A proposal is an event when someone puts it forward ("made a proposal", "the proposal presented on
     * Monday"); "a proposal was on the table" or "discussed the proposal" tells that one exists, not that it was made.
     */
    private static boolean putForward(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 4); k < Math.min(tokens.size(), i + 4); k++) {
            if (k != i && PUTTING_FORWARD.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PUTTING_FORWARD = Set.of("made", "make", "makes", "making", "put", "puts",
            "presented", "present", "presents", "submitted", "submit", "submits", "tabled", "offered", "offers",
            "unveiled", "unveils", "sent", "handed", "floated", "forwarded", "outlined", "outlines");

    /** "held a joint press conference", "gave a news conference": telling the press is a briefing, not a meeting. */
    private static boolean pressConferenceNear(List<Token> tokens, int i) {
        for (int k = i; k < Math.min(tokens.size() - 1, i + 4); k++) {
            String word = tokens.get(k).lower();
            if ((word.equals("press") || word.equals("news")) && tokens.get(k + 1).lower().startsWith("conference")) {
                return true;
            }
        }
        return false;
    }

    /** "an agreement was reached", "reached a deal": reaching is the agreeing. */
    private static boolean agreementNearby(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 12); k < Math.min(tokens.size(), i + 4); k++) {
            Family family = NOUNS.get(tokens.get(k).lower());
            if (k != i && family == Family.AGREEMENT || tokens.get(k).lower().equals("consensus")) {
                return true;
            }
        }
        return false;
    }

    /** "The meeting will be...", "the visit is expected to...": a noun whose own predicate lies ahead. */
    private static boolean predicateAhead(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
            String word = tokens.get(k).lower();
            if (MODALS.contains(word)) {
                return true;
            }
            if ((word.equals("is") || word.equals("are")) && k + 1 < tokens.size()
                    && FUTURE_GOVERNORS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
            if (tokens.get(k).tag().equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Modality and planning before the trigger, within its clause, up to {@code reach} words back: further for a
     * noun, which is often the purpose at the end of a planned trip ("will send a delegation to X on Tuesday for
     * talks").
     */
    static boolean isFuture(List<Token> tokens, int i, int reach) {
        for (int k = i - 1; k >= Math.max(0, i - reach); k--) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (isClauseBoundary(token)) {
                break;
            }
            if (MODALS.contains(word) || word.equals("upcoming") || word.equals("next") || word.equals("forthcoming")
                    || word.equals("planned") || word.equals("scheduled") || word.equals("proposed")
                    || word.equals("expected") || word.equals("future")) {
                return true;
            }
            if (word.equals("to") && k + 1 <= i && k > 0 && FUTURE_GOVERNORS.contains(tokens.get(k - 1).lower())
                    && (k + 1 == i || tokens.get(k + 1).isVerb())) {
                return true;
            }
            if (word.equals("to") && k > 0 && onlyNamesBefore(tokens, k) && (k + 1 == i || tokens.get(k + 1).isVerb()
                    || Character.isLowerCase(tokens.get(k + 1).text().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will be postponed", "may call off": a call-off lies ahead only by a modal of its own clause; "the planned
     * meeting was called off" plans the meeting, not the call-off.
     */
    private static boolean isModalInClause(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(",") || isClauseBoundary(token)) {
                return false;
            }
            if (MODALS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Ruritania to send envoys", "Smith to host Jones": a headline's subject and "to" announce a plan. */
    private static boolean onlyNamesBefore(List<Token> tokens, int to) {
        for (int k = 0; k < to; k++) {
            if (!Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseBoundary(Token token) {
        return token.text().equals(";") || token.text().equals("\"") || token.text().equals("“")
                || token.text().equals("”") || token.lower().equals("when") || token.lower().equals("since")
                || token.lower().equals("after") || token.lower().equals("before") || token.lower().equals("while");
    }

    static boolean isNegated(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(",") || isClauseBoundary(token)) {
                break;
            }
            if (NEGATIONS.contains(token.lower()) || NEGATIONS.contains(token.lemma())) {
                return true;
            }
        }
        return Dependencies.negatedDirectly(tokens, i);
    }

    /** "has briefed", "are holding", "meets": what the article reports as current rather than dated. */
    private static boolean isPresentOrPerfect(List<Token> tokens, int i) {
        String verb = tokens.get(i).lower();
        if (verb.endsWith("ing") || (verb.endsWith("s") && !verb.endsWith("ss"))) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String word = tokens.get(k).lower();
            if (word.equals("has") || word.equals("have") || word.equals("is") || word.equals("are")
                    || word.equals("am")) {
                return true;
            }
            if (word.equals("had")) {
                return false;
            }
        }
        return false;
    }
}
