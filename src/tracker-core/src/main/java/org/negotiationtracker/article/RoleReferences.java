package org.negotiationtracker.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named by office rather than by name: "the Japanese foreign minister", "the Russian and Japanese
 * foreign ministers", "the prime minister of Japan". Each is the gazetteer person of that country holding
 * that office on the publication date; an office with no or several holders names no one.
 */
final class RoleReferences {

    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(foreign minister|prime minister|president|chancellor|premier|secretary of state|foreign secretary)s?\\b"
                    + "(?:\\s+of\\s+(?:the\\s+)?)?");
    private static final Map<String, Set<String>> OFFICES = Map.of(
            "foreign minister", Set.of("Foreign Minister", "Secretary of State", "Foreign Secretary",
                    "External Affairs Minister"),
            "secretary of state", Set.of("Secretary of State"),
            "foreign secretary", Set.of("Foreign Secretary"),
            "prime minister", Set.of("Prime Minister", "Premier"),
            "premier", Set.of("Prime Minister", "Premier"),
            "president", Set.of("President"),
            "chancellor", Set.of("Chancellor"));
    private static final Pattern JOINER = Pattern.compile("(?i)[\\s,]*(and)?[\\s,]*");

    private RoleReferences() {
    }

    static List<Mention> find(Sentence sentence, List<Mention> mentions, List<GazetteerEntry> people, LocalDate day) {
        List<Mention> found = new ArrayList<>();
        Matcher m = ROLE.matcher(sentence.text());
        while (m.find()) {
            int roleStart = sentence.start() + m.start();
            int roleEnd = sentence.start() + m.start() + m.group(1).length() + (m.group().contains("s ") ? 1 : 0);
            List<String> countries = new ArrayList<>();
            int cursor = roleStart;
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention country = mentions.get(i);
                if (country.end() > cursor || country.entry().kind() != GazetteerEntry.Kind.COUNTRY) {
                    continue;
                }
                String gap = sentence.text().substring(country.end() - sentence.start(), cursor - sentence.start());
                if (!JOINER.matcher(gap).matches()) {
                    break;
                }
                countries.add(country.entry().country());
                cursor = country.start();
            }
            int after = sentence.start() + m.end();
            if (m.group().toLowerCase(Locale.ROOT).contains(" of")) {
                mentions.stream().filter(c -> c.start() == after && c.entry().kind() == GazetteerEntry.Kind.COUNTRY)
                        .findFirst().ifPresent(c -> countries.add(c.entry().country()));
            }
            boolean namedNext = mentions.stream().anyMatch(p -> p.entry().kind() == GazetteerEntry.Kind.PERSON
                    && p.start() >= roleEnd && p.start() - roleEnd <= 2);
            if (namedNext) {
                continue;
            }
            Set<String> offices = OFFICES.get(m.group(1).toLowerCase(Locale.ROOT));
            for (String country : countries) {
                List<GazetteerEntry> holders = people.stream()
                        .filter(p -> p.kind() == GazetteerEntry.Kind.PERSON && country.equals(p.country())
                                && offices.contains(p.role()) && p.inOffice(day))
                        .toList();
                if (holders.size() == 1) {
                    found.add(new Mention(holders.get(0), sentence.text().substring(m.start(), m.start()
                            + m.group(1).length()), roleStart, roleEnd));
                }
            }
        }
        return found;
    }
}
