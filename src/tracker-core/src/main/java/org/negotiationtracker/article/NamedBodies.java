package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Institutions the gazetteer does not know, recognised by the noun that ends their name: "the Trade Ministry",
 * "the Joint Border Commission", "the Contact Group", "Freedonia's foreign ministry". A body of a country
 * ("Freedonia's foreign ministry", "the Freedonian Foreign Ministry") is named after the country's demonym
 * ("Freedonian Foreign Ministry") and acts for it, and a country's government is the country itself, as the
 * events name countries that act; any other body keeps the name as written.
 */
final class NamedBodies {

    private static final String BODY_NOUNS = "Ministry|Department|Office|Agency|Council|Commission|Committee|Embassy"
            + "|Government|Presidency|Group|Secretariat|Army";
    /** Capitalised words ending in a body noun: "Joint Border Commission", "Central News Agency". */
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b((?:[A-Z][\\p{L}'’-]*\\s+){1,4}(?:" + BODY_NOUNS + "))\\b");
    /** A country's office in lower case after the country: "Freedonia's foreign ministry", "the Ruritanian government". */
    private static final Pattern LOWER_CASE_OFFICE = Pattern.compile(
            "^(?:['’]\\s?s)?\\s+((?:foreign|defen[cs]e|interior|finance|trade|economy|justice)\\s+ministry"
            + "|foreign\\s+office|government|presidency|embassy|army|armed\\s+forces)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]\\s?s)?\\s+");
    /** How demonyms end: "Ruritanian", "Freedonese", "Elbonish", "Dutch". */
    private static final Pattern DEMONYM = Pattern.compile("(?i).*(an|ese|i|sh|ch)$");
    /** Words that open a sentence or a phrase before a name rather than belong to it. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her",
            "in", "on", "at", "by", "for", "from", "with", "and", "but", "after", "before", "as", "of", "to", "while");

    private NamedBodies() {
    }

    /** The mentions given plus those of the bodies the text names, in text order. */
    static List<Mention> addTo(String text, List<Mention> known) {
        Map<String, GazetteerEntry> bodies = new LinkedHashMap<>();
        List<Mention> found = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            int start = nameStart(text, m.start(1), m.end(1));
            if (start >= 0 && known.stream().noneMatch(k -> k.start() <= start && m.end(1) <= k.end())) {
                found.add(body(text, start, m.end(1), known, bodies));
            }
        }
        for (Mention country : known) {
            if (country.entry().kind() == GazetteerEntry.Kind.COUNTRY) {
                Matcher office = LOWER_CASE_OFFICE.matcher(text.substring(country.end(),
                        Math.min(text.length(), country.end() + 40)));
                if (office.find()) {
                    found.add(body(text, country.start(), country.end() + office.end(), known, bodies));
                }
            }
        }
        if (found.isEmpty()) {
            return known;
        }
        List<Mention> all = new ArrayList<>(known);
        for (Mention body : found) {
            all.removeIf(k -> k.start() >= body.start() && k.end() <= body.end()
                    && k.entry().kind() != GazetteerEntry.Kind.PERSON);
        }
        all.addAll(found);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** A body named text[start, end): a country's when a country opens the name, named after its demonym. */
    private static Mention body(String text, int start, int end, List<Mention> known,
                                Map<String, GazetteerEntry> bodies) {
        Mention country = known.stream().filter(k -> k.start() == start && k.entry().kind() == GazetteerEntry.Kind.COUNTRY)
                .findFirst().orElse(null);
        String name = text.substring(start, end);
        if (country != null) {
            Matcher possessive = POSSESSIVE.matcher(text.substring(country.end(), end));
            String rest = possessive.find() ? text.substring(country.end() + possessive.end(), end) : name;
            name = rest.strip().equalsIgnoreCase("government") ? country.entry().country()
                    : demonym(country.entry()) + " " + titleCase(rest);
        }
        String canonical = name;
        GazetteerEntry entry = bodies.computeIfAbsent(Words.key(name), k -> new GazetteerEntry(
                GazetteerEntry.Kind.INSTITUTION, canonical, List.of(), List.of(),
                country == null ? null : country.entry().country(), null, null, null));
        return new Mention(entry, text.substring(start, end), start, end);
    }

    /** Where the name starts after opening words ("The", "After the"); -1 when only the body noun is left. */
    private static int nameStart(String text, int start, int end) {
        int at = start;
        int wordEnd = text.indexOf(' ', at);
        while (wordEnd > 0 && wordEnd < end) {
            String word = text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
            if (OPENERS.contains(word) || Lexicon.isTriggerWord(word)) {
                at = wordEnd;
                while (at < end && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                wordEnd = text.indexOf(' ', at);
            } else {
                break;
            }
        }
        int space = text.indexOf(' ', at);
        return space < 0 || space >= end ? -1 : at;
    }

    /** "Freedonian" for Freedonia: its variant shaped like a demonym, with as many words as possible; else its name. */
    private static String demonym(GazetteerEntry country) {
        int words = country.name().split(" ").length;
        return country.variants().stream()
                .filter(v -> !v.equals(v.toUpperCase(Locale.ROOT)) && !v.endsWith("s") && DEMONYM.matcher(v).matches())
                .min(Comparator.comparingInt(v -> Math.abs(v.split(" ").length - words)))
                .orElse(country.name());
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
