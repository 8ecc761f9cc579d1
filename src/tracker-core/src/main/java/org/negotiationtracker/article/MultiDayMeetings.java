package org.negotiationtracker.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * "The talks ended on Wednesday ... the two days of talks in Doha": a round of several days that the article dates
 * by its last day began that many days earlier, and a meeting is dated by its first day; so is one that met "for a
 * second day" on the day named. Only an article that
 * tells one length of talks says which meeting it is.
 */
final class MultiDayMeetings {

    private static final Pattern LENGTH = Pattern.compile("(?i)\\b(two|three|four|five|2|3|4|5)(?:-day|\\s+days\\s+of)\\s+"
            + "(?:\\w+\\s+){0,2}?(?:talks|negotiations|meetings?|summit|consultations|round)\\b");
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:ended|concluded|wrapped\\s+up|closed)\\b");
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five");

    private MultiDayMeetings() {
    }

    static List<Candidate> dateByFirstDay(List<Candidate> candidates, String text) {
        return byLength(candidates.stream().map(MultiDayMeetings::byDayOfTheRound).toList(), text);
    }

    /** "met for a second day on Wednesday", "on the third day of talks on Friday": the round began days before. */
    private static Candidate byDayOfTheRound(Candidate candidate) {
        Matcher nth = NTH_DAY.matcher(candidate.sentence().text());
        if (candidate.type() != EventType.MEETING_HELD || !candidate.dated() || candidate.dateEnd() != null
                || candidate.date().precision() != PartialDate.Precision.DAY || !nth.find()) {
            return candidate;
        }
        int day = ORDINALS.indexOf(nth.group(1).toLowerCase(Locale.ROOT)) + 2;
        return candidate.withDate(PartialDate.ofDay(candidate.date().firstDay().minusDays(day - 1)), candidate.date(),
                candidate.dateExpression());
    }

    private static final Pattern NTH_DAY = Pattern.compile("(?i)\\b(?:for|on)\\s+(?:a|the)\\s+(second|third|fourth|fifth)"
            + "\\s+(?:straight\\s+|consecutive\\s+)?day\\b");
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth");

    private static List<Candidate> byLength(List<Candidate> candidates, String text) {
        Matcher length = LENGTH.matcher(text);
        if (!length.find()) {
            return candidates;
        }
        int days = days(length.group(1));
        if (length.find() && days(length.group(1)) != days) {
            return candidates;
        }
        return candidates.stream().map(c -> endedThatDay(c) ? c.withDate(PartialDate.ofDay(c.date().firstDay()
                .minusDays(days - 1)), c.date(), c.dateExpression()) : c).toList();
    }

    private static boolean endedThatDay(Candidate candidate) {
        return candidate.type() == EventType.MEETING_HELD && candidate.dated() && candidate.dateEnd() == null
                && candidate.date().precision() == PartialDate.Precision.DAY
                && ENDED.matcher(candidate.sentence().text()).find();
    }

    private static int days(String number) {
        int word = NUMBERS.indexOf(number.toLowerCase(Locale.ROOT));
        return word >= 0 ? word + 2 : Integer.parseInt(number);
    }
}
