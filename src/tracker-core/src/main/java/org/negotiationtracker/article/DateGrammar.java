package org.negotiationtracker.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.article.DateMention.Context;
import org.negotiationtracker.article.DateMention.Direction;
import org.negotiationtracker.article.DateMention.Resolved;

/**
 * The date expressions of English news: explicit dates in either order ("January 14", "3 March 2021",
 * "16th February, 2019"), ranges ("February 15-17"), months and years with their precision kept,
 * ISO dates ("2021-03-14"), weekdays and weekends (dated by their Saturday), and phrases relative to the publication date ("early last month", "later in January",
 * "earlier this week", "the following day", "two days ago"; not "two days before the summit", which counts from
 * the summit). Days and months without a year take the
 * year that puts them on the side of the publication date the sentence points to.
 */
final class DateGrammar {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "((?:1[89]|20)\\d{2})(?!\\d)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String DASH = "\\s*(?:-|–|—|to|and)\\s*";
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    /** "like last time on May 5", "as it did in 2019": a date of comparison dates another occasion. */
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:like|as)\\s+(?:last time|before|it did|they did"
            + "|previously)\\s*(?:on|in)?\\s*$");

    private record Rule(Predicate<Cues> cue, Pattern pattern, Function<Matcher, Function<Context, Resolved>> resolver) {
    }

    /**
     * What a sentence must contain for a rule to have a chance: most sentences hold no date, and testing a
     * few substrings is far cheaper than running every pattern over every position of the sentence.
     */
    private record Cues(String lower, boolean digit, boolean month) {

        private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                "Aug", "Sep", "Oct", "Nov", "Dec");

        static Cues of(String text) {
            return new Cues(text.toLowerCase(Locale.ROOT), text.chars().anyMatch(c -> c >= '0' && c <= '9'),
                    MONTH_STARTS.stream().anyMatch(text::contains));
        }

        boolean monthAndDigit() {
            return month && digit;
        }

        boolean has(String... words) {
            for (String word : words) {
                if (lower.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Rule> RULES = List.of(
            rule(Cues::digit, "\\b" + YEAR + "-(\\d{2})-(\\d{2})(?!\\d)", m -> {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                return c -> month >= 1 && month <= 12 && YearMonth.of(year, month).isValidDay(day)
                        ? Resolved.day(LocalDate.of(year, month, day)) : null;
            }),
            rule(Cues::monthAndDigit,
                    "\\b" + MONTH + "\\s+" + DAY + "(?:" + DASH + DAY + ")?(?:,?\\s+" + YEAR + ")?", m -> {
                int month = month(m.group(1));
                int first = Integer.parseInt(m.group(2));
                Integer last = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                return c -> dayRange(c, year, month, first, last);
            }),
            rule(Cues::monthAndDigit,
                    "\\b" + DAY + "(?:" + DASH + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?", m -> {
                int month = month(m.group(3));
                int first = Integer.parseInt(m.group(1));
                Integer last = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                return c -> dayRange(c, year, month, first, last);
            }),
            rule(Cues::monthAndDigit,
                    "(?i:\\b(?:in\\s+|by\\s+|since\\s+|until\\s+|during\\s+)?(early|mid-?|late|the\\s+end\\s+of|the\\s+"
                    + "beginning\\s+of)?\\s*)" + MONTH + ",?\\s+" + YEAR, m -> {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)));
                return c -> Resolved.month(month);
            }),
            rule(Cues::month,
                    "(?i:\\b(early|late|mid-?)?\\s*(last|next|this|later\\s+in|earlier\\s+in|in|by|since|until|till"
                    + "|during|from|before|after|for|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of|of|mid-)\\s+"
                    + "(?:early\\s+|late\\s+|mid-?)?)" + MONTH + "\\b", m -> {
                String modifier = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int month = month(m.group(3));
                return c -> Resolved.month(monthOnly(c, modifier, month));
            }),
            rule(c -> c.has("day"),
                    "(?i:\\b(on\\s+|last\\s+|next\\s+|this\\s+|this\\s+past\\s+|this\\s+coming\\s+)?)"
                    + WEEKDAY + "\\b", m -> {
                String modifier = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                return c -> Resolved.day(weekday(c, modifier, day));
            }),
            rule(c -> c.has("weekend"),
                    "(?i)\\b(?:(?:over|at|during|on)\\s+)?(?:the\\s+)?(last|next|this|coming|past)?\\s*weekend\\b", m -> {
                String modifier = switch (m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT)) {
                    case "last", "past" -> "last";
                    case "next", "this", "coming" -> "next";
                    default -> "";
                };
                return c -> Resolved.day(weekday(c, modifier, DayOfWeek.SATURDAY));
            }),
            rule(c -> c.has("day", "tomorrow"),
                    "(?i)\\b(yesterday|today|tomorrow)\\b", m -> {
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                return c -> Resolved.day(c.published().plusDays(shift));
            }),
            rule(c -> c.has("week", "month", "year"),
                    "(?i)\\b(?:(early|earlier|late|later)\\s+)?(last|next|this|past)\\s+(week|month|year)\\b", m -> {
                String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                String which = m.group(2).toLowerCase(Locale.ROOT);
                String unit = m.group(3).toLowerCase(Locale.ROOT);
                return c -> relativePeriod(c.published(), part, which, unit);
            }),
            rule(c -> c.has("day"),
                    "(?i)\\b(?:the\\s+)?(following|next|previous|preceding)\\s+day\\b"
                    + "|\\bthe\\s+day\\s+(after|before)\\b", m -> {
                String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                int shift = word.equals("following") || word.equals("next") || word.equals("after") ? 1 : -1;
                return c -> Resolved.day((c.anchor() != null ? c.anchor() : c.published()).plusDays(shift));
            }),
            rule(c -> c.has("day", "week", "month", "year"),
                    "(?i)\\b" + NUMBER + "\\s+(day|week|month|year)s?\\s+(ago|earlier|later|before|after)\\b", m -> {
                int count = number(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                String way = m.group(3).toLowerCase(Locale.ROOT);
                return c -> shifted(c, count, unit, way);
            }),
            rule(Cues::digit,
                    "(?i:\\b(in|since|by|during|until|till|from|before|after|of|as\\s+of|early|late|mid-?|the\\s+end\\s+of)?"
                    + "\\s*)" + YEAR, m -> {
                int year = Integer.parseInt(m.group(2));
                return c -> Resolved.year(year);
            }));

    private DateGrammar() {
    }

    private static Rule rule(Predicate<Cues> cue, String regex,
            Function<Matcher, Function<Context, Resolved>> resolver) {
        return new Rule(cue, Pattern.compile(regex), resolver);
    }

    /** The date expressions of a sentence, longest first where they overlap, in text order. */
    static List<DateMention> find(Sentence sentence) {
        String text = sentence.text();
        List<DateMention> found = new ArrayList<>();
        Cues cues = Cues.of(text);
        for (Rule rule : RULES) {
            if (!rule.cue().test(cues)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String expression = m.group().strip();
                int start = m.start() + m.group().indexOf(expression);
                if (expression.isEmpty() || overlapsAny(found, sentence.start() + start,
                        sentence.start() + start + expression.length())) {
                    continue;
                }
                found.add(new DateMention(expression, sentence.start() + start, sentence.start() + start + expression.length(),
                        isAttributive(text, m.start(), expression) || countsFromAnotherEvent(text, m.end(), expression),
                        rule.resolver().apply(m)));
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static boolean overlapsAny(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    /**
     * "of 1956", "as of ...", "the 1956 declaration": the date belongs to a name, not to an event; "like last time on
     * May 5" compares with another occasion.
     */
    private static boolean isAttributive(String text, int at, String expression) {
        String lower = expression.toLowerCase(Locale.ROOT);
        if (lower.startsWith("of ") || lower.startsWith("as of ")) {
            return true;
        }
        if (COMPARISON.matcher(text.substring(Math.max(0, at - 30), at)).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, at - 6), at).toLowerCase(Locale.ROOT);
        boolean bareYear = expression.matches("\\d{4}");
        return (bareYear && before.matches(".*\\b(the|a|an|its|their|his|her)\\s*$")) || before.matches(".*\\bas of\\s*$")
                || before.endsWith("of ") && bareYear;
    }

    /**
     * "two days before the summit", "one week after what was billed as the final round": the shift counts from the
     * occasion named next, not from the publication or the last date named, and dates no event by itself.
     */
    private static boolean countsFromAnotherEvent(String text, int end, String expression) {
        return SHIFT_BEFORE_OR_AFTER.matcher(expression).find() && NOUN_PHRASE.matcher(text).region(end, text.length())
                .lookingAt();
    }

    private static final Pattern SHIFT_BEFORE_OR_AFTER = Pattern.compile("(?i)\\s(before|after)$");
    private static final Pattern NOUN_PHRASE = Pattern.compile(
            "(?i)\\s+(?:what|the|a|an|this|that|its|their|his|her|our)\\b");

    /** The number of a month named in full or by its first three letters. */
    static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (prefix) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static int number(String text) {
        Integer word = NUMBERS.get(text.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(text);
    }

    private static Resolved dayRange(Context c, Integer year, int month, int first, Integer last) {
        if (first < 1 || first > 31 || (last != null && (last < first || last > 31))) {
            return null;
        }
        int y = year != null ? year : yearOf(c, MonthDay.of(month, Math.min(first, 28)));
        YearMonth yearMonth = YearMonth.of(y, month);
        if (!yearMonth.isValidDay(first) || (last != null && !yearMonth.isValidDay(last))) {
            return null;
        }
        return Resolved.range(yearMonth.atDay(first), yearMonth.atDay(last != null ? last : first));
    }

    /** The year that puts a day without one on the side of the publication date the sentence points to. */
    private static int yearOf(Context c, MonthDay day) {
        LocalDate published = c.published();
        LocalDate sameYear = day.atYear(published.getYear());
        return switch (c.direction()) {
            case PAST -> sameYear.isAfter(published) ? published.getYear() - 1 : published.getYear();
            case FUTURE -> sameYear.isBefore(published) ? published.getYear() + 1 : published.getYear();
            case UNKNOWN, NEAREST -> {
                LocalDate before = day.atYear(published.getYear() - 1);
                LocalDate after = day.atYear(published.getYear() + 1);
                LocalDate nearest = sameYear;
                for (LocalDate candidate : List.of(before, after)) {
                    if (Math.abs(candidate.toEpochDay() - published.toEpochDay())
                            < Math.abs(nearest.toEpochDay() - published.toEpochDay())) {
                        nearest = candidate;
                    }
                }
                yield nearest.getYear();
            }
        };
    }

    private static YearMonth monthOnly(Context c, String modifier, int month) {
        YearMonth published = YearMonth.from(c.published());
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        Direction direction = switch (modifier) {
            case "last", "since", "earlier in" -> Direction.PAST;
            case "next", "later in", "until", "till", "by" -> Direction.FUTURE;
            case "this" -> Direction.UNKNOWN;
            default -> c.direction();
        };
        boolean strictly = modifier.equals("last") || modifier.equals("next");
        return switch (direction) {
            case PAST -> sameYear.isAfter(published) || (strictly && sameYear.equals(published))
                    ? sameYear.minusYears(1) : sameYear;
            case FUTURE -> sameYear.isBefore(published) || (strictly && sameYear.equals(published))
                    ? sameYear.plusYears(1) : sameYear;
            case UNKNOWN, NEAREST -> sameYear;
        };
    }

    private static LocalDate weekday(Context c, String modifier, DayOfWeek day) {
        LocalDate published = c.published();
        return switch (modifier) {
            case "last", "this past" -> published.with(TemporalAdjusters.previous(day));
            case "next", "this coming" -> published.with(TemporalAdjusters.next(day));
            default -> switch (c.direction()) {
                case FUTURE -> published.with(TemporalAdjusters.next(day));
                case NEAREST -> nearer(published, published.with(TemporalAdjusters.previousOrSame(day)),
                        published.with(TemporalAdjusters.next(day)));
                case PAST, UNKNOWN -> published.with(TemporalAdjusters.previousOrSame(day));
            };
        };
    }

    private static LocalDate nearer(LocalDate published, LocalDate behind, LocalDate ahead) {
        return published.toEpochDay() - behind.toEpochDay() <= ahead.toEpochDay() - published.toEpochDay()
                ? behind : ahead;
    }

    private static Resolved relativePeriod(LocalDate published, String part, String which, String unit) {
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "year" -> Resolved.year(published.getYear() + shift);
            case "month" -> Resolved.month(YearMonth.from(published).plusMonths(shift));
            default -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                LocalDate sunday = monday.plusDays(6);
                if (shift == 0 && part.equals("earlier")) {
                    yield Resolved.range(monday, published.minusDays(1).isBefore(monday) ? monday : published.minusDays(1));
                }
                if (shift == 0 && part.equals("later")) {
                    yield Resolved.range(published.plusDays(1).isAfter(sunday) ? sunday : published.plusDays(1), sunday);
                }
                yield Resolved.range(monday, sunday);
            }
        };
    }

    private static Resolved shifted(Context c, int count, String unit, String way) {
        boolean fromPublication = way.equals("ago");
        LocalDate base = fromPublication || c.anchor() == null ? c.published() : c.anchor();
        int sign = way.equals("later") || way.equals("after") ? 1 : -1;
        return switch (unit) {
            case "day" -> Resolved.day(base.plusDays((long) sign * count));
            case "week" -> Resolved.day(base.plusWeeks((long) sign * count));
            case "month" -> Resolved.month(YearMonth.from(base).plusMonths((long) sign * count));
            default -> Resolved.year(base.getYear() + sign * count);
        };
    }
}
