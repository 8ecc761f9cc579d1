package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * People the gazetteer does not know, recognised by the office written before their name: "the Ruritanian
 * Foreign Minister Anna Berg", "EU chief negotiator Jean Dupont", "spokeswoman Mary Poppins", "President Okafor".
 * Each is a person of the country or institution named just before the title; the surname alone then refers
 * back to them anywhere in the article, as a gazetteer person's short form does.
 */
final class TitledPeople {

    /** The head word of an office; the name follows it. */
    private static final Set<String> HEADS = Set.of("president", "minister", "premier", "chancellor", "secretary",
            "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "negotiator", "representative",
            "commissioner", "chairman", "chairwoman", "chairperson", "chair", "leader", "king", "queen", "emir",
            "prince", "director", "commander", "mediator", "chief", "counterpart", "adviser", "advisor", "governor",
            "mayor", "senator", "general", "diplomat", "deputy", "sheikh", "speaker", "coordinator", "official");
    /** Offices news writes in capitals, heads only so written ("Ruritania's PM Anna Berg"; never "3 pm"). */
    private static final Set<String> ABBREVIATED_HEADS = Set.of("pm", "fm", "sg");
    /** Words that continue an office after its head ("Secretary General", "Minister Counsellor"). */
    private static final Set<String> CONTINUATIONS = Set.of("general", "counsellor", "counselor", "designate",
            "elect");
    /** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("bin", "al", "el", "de", "da", "van", "von", "der", "la",
            "du", "di", "ibn", "le");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "and", "of", "on", "in", "at", "for",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "he", "she", "it", "they", "we", "i", "this", "that", "office", "ministry", "department", "government",
            "council", "commission", "said", "says", "told", "with", "by", "to", "from", "as", "after", "before");
    /** Capitalised words of organisations and offices that follow a title but name no one ("General Assembly"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("assembly", "council", "committee", "parliament",
            "congress", "court", "union", "group", "house", "staff", "affairs", "security", "conference", "summit",
            "talks", "agency", "forces", "army", "party", "executive", "justice", "officer", "state", "defense",
            "defence", "foreign", "trade", "prime", "vice", "special", "high", "secretary");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:()\"“”]");
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern APPOSITIVE = Pattern.compile("(?<![\\p{L}'’-])((?:[A-Z][\\p{L}'’-]+ ){1,3}"
            + "[A-Z][\\p{L}'’-]+), (?:the |a |an )?(?:[\\p{L}'’-]+ ){0,4}?(" + String.join("|", HEADS) + "|head)\\b");
    /** How far before the title the country or institution it belongs to may start, in characters. */
    private static final int AFFILIATION_REACH = 40;

    private TitledPeople() {
    }

    /**
     * The gazetteer's mentions plus those of the titled people the text introduces, in text order; a titled
     * person's mentions never overlap the gazetteer's.
     */
    static List<Mention> addTo(String text, List<Mention> known) {
        List<GazetteerEntry> people = find(text, known);
        if (people.isEmpty()) {
            return known;
        }
        List<Mention> all = new ArrayList<>(known);
        for (Mention mention : new Gazetteer(people).find(text)) {
            if (known.stream().noneMatch(k -> k.start() < mention.end() && mention.start() < k.end())) {
                all.add(mention);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    static List<GazetteerEntry> find(String text, List<Mention> known) {
        List<Words.Word> words = Words.of(text, 0, text.length());
        Map<String, GazetteerEntry> people = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (!HEADS.contains(words.get(i).key()) && !isAbbreviatedHead(text, words.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next < words.size() && CONTINUATIONS.contains(words.get(next).key()) && adjacent(words, next)) {
                next++;
            }
            next = skipOfficeComplement(text, words, next, known);
            int end = nameEnd(text, words, next, known, false);
            if (end == next && nameInCommas(text, words, next)) {
                end = nameEnd(text, words, next, known, true);
                end = end - next >= 2 && closedByComma(text, words, end) ? end : next;
            }
            if (end == next || (end - next == 1 && words.get(next).end() - words.get(next).start() < 3)) {
                continue;
            }
            String name = text.substring(words.get(next).start(), words.get(end - 1).end());
            int titleStart = titleStart(text, words, i);
            Mention affiliation = affiliation(text, known, titleStart, words.get(i).start());
            String role = role(words, text, affiliation == null ? titleStart
                    : Math.max(titleStart, affiliation.end()), words.get(i).end());
            String country = affiliation == null ? null : affiliation.entry().country();
            people.putIfAbsent(Words.key(name), new GazetteerEntry(GazetteerEntry.Kind.PERSON, name, List.of(),
                    List.of(text.substring(words.get(end - 1).start(), words.get(end - 1).end())), country, role,
                    null, null));
            i = end - 1;
        }
        appositives(text, known, people);
        List<String> surnamesOfFullNames = people.values().stream().filter(p -> p.name().contains(" "))
                .map(p -> Words.key(p.shortForms().get(0))).toList();
        return people.values().stream()
                .filter(p -> p.name().contains(" ") || !surnamesOfFullNames.contains(Words.key(p.name()))).toList();
    }

    /**
     * "Jane Doe, the Ruritanian trade minister", "John Roe, head of the Freedonian delegation": a name of two words
     * or more followed by its office.
     */
    private static void appositives(String text, List<Mention> known, Map<String, GazetteerEntry> people) {
        Matcher m = APPOSITIVE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean plain = Words.of(name, 0, name.length()).stream()
                    .noneMatch(w -> NOT_NAMES.contains(w.key()) || HEADS.contains(w.key())
                            || ORGANISATION_WORDS.contains(w.key()));
            int nameStart = m.start(1);
            int nameEnd = m.end(1);
            if (!plain || known.stream().anyMatch(k -> k.start() < nameEnd && nameStart < k.end())) {
                continue;
            }
            int officeEnd = m.end(2);
            Mention affiliation = known.stream()
                    .filter(k -> (k.entry().kind() == GazetteerEntry.Kind.COUNTRY
                            || k.entry().kind() == GazetteerEntry.Kind.INSTITUTION)
                            && k.start() > nameEnd && k.start() <= officeEnd + AFFILIATION_REACH)
                    .findFirst().orElse(null);
            String role = Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            people.putIfAbsent(Words.key(name), new GazetteerEntry(GazetteerEntry.Kind.PERSON, name, List.of(),
                    List.of(surname), affiliation == null ? null : affiliation.entry().country(), role, null, null));
        }
    }

    /** "Secretary of State Jane Doe", "ambassador to Ruritania John Roe": the office's complement, then the name. */
    private static int skipOfficeComplement(String text, List<Words.Word> words, int at, List<Mention> known) {
        if (at >= words.size() || !adjacent(words, at) || !(words.get(at).key().equals("of")
                || words.get(at).key().equals("to")) || at + 1 >= words.size()) {
            return at;
        }
        Words.Word complement = words.get(at + 1);
        Mention place = known.stream().filter(m -> m.start() == complement.start()).findFirst().orElse(null);
        int after = at + 2;
        if (place != null) {
            after = at + 1;
            while (after < words.size() && words.get(after).start() < place.end()) {
                after++;
            }
        } else if (!Character.isUpperCase(text.charAt(complement.start()))) {
            return at;
        }
        int end = nameEnd(text, words, after, known, false);
        return end - after >= 2 ? after : at;
    }

    /**
     * The words of a capitalised name starting at {@code at}: none when the next word is not one, or when an office
     * word follows ("chief Ruritania negotiator": the capitalised word belongs to the office).
     */
    private static int nameEnd(String text, List<Words.Word> words, int at, List<Mention> known,
                               boolean afterComma) {
        int k = at;
        int capitalised = 0;
        while (k < words.size() && capitalised < MAX_NAME_WORDS && (adjacent(words, k) || (afterComma && k == at))) {
            Words.Word word = words.get(k);
            boolean upper = Character.isUpperCase(text.charAt(word.start()));
            boolean joined = capitalised > 0 && text.charAt(word.start() - 1) == '-';
            boolean particle = capitalised > 0 && PARTICLES.contains(word.key()) && k + 1 < words.size()
                    && Character.isUpperCase(text.charAt(words.get(k + 1).start()));
            if (particle || (joined && !upper)) {
                k++;
            } else if (upper && !NOT_NAMES.contains(word.key()) && !HEADS.contains(word.key())
                    && !ORGANISATION_WORDS.contains(word.key()) && !isKnown(word, known) && !isAcronym(text, word)) {
                capitalised++;
                k++;
            } else {
                break;
            }
        }
        if (k < words.size() && adjacent(words, k) && HEADS.contains(words.get(k).key())) {
            return at;
        }
        return capitalised == 0 ? at : k;
    }

    /**
     * "the president's top economic adviser, Jane Doe, said": the name set off by commas right after the office,
     * of two words or more and closed by a comma.
     */
    private static boolean nameInCommas(String text, List<Words.Word> words, int at) {
        return at > 0 && at < words.size() && text.substring(words.get(at - 1).end(), words.get(at).start()).equals(", ");
    }

    private static boolean closedByComma(String text, List<Words.Word> words, int end) {
        int after = words.get(end - 1).end();
        return after < text.length() && text.charAt(after) == ',';
    }

    /** Words of one name or one title sit a space, hyphen or apostrophe apart, not across punctuation. */
    private static boolean adjacent(List<Words.Word> words, int k) {
        if (k == 0) {
            return true;
        }
        int gap = words.get(k).start() - words.get(k - 1).end();
        return gap >= 1 && gap <= 1;
    }

    private static boolean isKnown(Words.Word word, List<Mention> known) {
        return known.stream().anyMatch(m -> m.start() <= word.start() && word.end() <= m.end());
    }

    private static boolean isAcronym(String text, Words.Word word) {
        return word.end() - word.start() >= 2 && text.substring(word.start(), word.end()).chars()
                .allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean isAbbreviatedHead(String text, Words.Word word) {
        return ABBREVIATED_HEADS.contains(word.key()) && isAcronym(text, word);
    }

    /** The office starts up to three words before its head: "Deputy Foreign Minister", "chief Brexit negotiator". */
    private static int titleStart(String text, List<Words.Word> words, int head) {
        int start = head;
        while (start > 0 && head - start < 3 && adjacent(words, start)
                && !NOT_NAMES.contains(words.get(start - 1).key()) && !words.get(start - 1).key().equals("s")) {
            start--;
        }
        return words.get(start).start();
    }

    /**
     * The country or institution named just before the office's head ("Ruritania's", "EU", "Ruritanian"),
     * with no punctuation between them.
     */
    private static Mention affiliation(String text, List<Mention> known, int titleStart, int headStart) {
        Mention best = null;
        for (Mention m : known) {
            boolean party = m.entry().kind() == GazetteerEntry.Kind.COUNTRY
                    || m.entry().kind() == GazetteerEntry.Kind.INSTITUTION;
            if (party && m.end() <= headStart && m.start() >= titleStart - AFFILIATION_REACH
                    && !PUNCTUATION.matcher(gapAfter(text, m, headStart)).find()) {
                best = m;
            }
        }
        return best;
    }

    /** The text between a mention and a later offset, without the final stop of an abbreviation ("U.S."). */
    private static String gapAfter(String text, Mention mention, int to) {
        String gap = text.substring(mention.end(), to);
        return gap.startsWith(".") && mention.surface().contains(".") ? gap.substring(1) : gap;
    }

    private static String role(List<Words.Word> words, String text, int from, int to) {
        return words.stream().filter(w -> w.start() >= from && w.end() <= to && !w.key().equals("s")
                        && !w.key().equals("the"))
                .map(w -> text.substring(w.start(), w.end()))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
