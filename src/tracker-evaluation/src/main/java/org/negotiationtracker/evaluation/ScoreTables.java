package org.negotiationtracker.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.domain.Actor;

/** The scores of an evaluation run as markdown tables and one-line summaries. */
final class ScoreTables {

    private ScoreTables() {
    }

    /** Per article and in total. */
    static String table(ExtractionEvaluation.Report report) {
        StringBuilder out = new StringBuilder();
        out.append("| Article | topic chosen | must found | current extracted | correct | precision | recall (must)"
                + " | matched dates exact | dated after publication |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ExtractionEvaluation.ArticleScore a : report.articles()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d | %d | %d | %s | %s | %d / %d | %d |%n",
                    a.file(), topic(a), a.mustFound(), a.must(), a.current().size(), a.correct(),
                    ratio(a.correct(), a.current().size()), ratio(a.mustFound(), a.must()), a.exactDates(),
                    a.matchedGold(), a.afterPublication()));
        }
        out.append(String.format(Locale.ROOT,
                "| **total** | %d / %d right | %d / %d | %d | %d | **%s** | **%s** | %d / %d | %d |%n",
                report.topicRight(), report.articles().size(), report.mustFound(), report.must(), report.current(),
                report.correct(), ratio(report.correct(), report.current()), ratio(report.mustFound(), report.must()),
                report.exactDates(), report.matchedGold(), report.afterPublication()));
        return out.toString();
    }

    private static String topic(ExtractionEvaluation.ArticleScore article) {
        if (article.topicRight()) {
            return "`" + article.goldTopic() + "`";
        }
        return "**" + (article.chosenTopic() == null ? "none" : "`" + article.chosenTopic() + "`") + "**, gold `"
                + article.goldTopic() + "`";
    }

    /** One row per report, in totals only, the headline's in bold. */
    static String totals(List<ExtractionEvaluation.Report> reports, ExtractionEvaluation.Report headline) {
        StringBuilder out = new StringBuilder("| Articles | count | topic chosen right | must recall | precision"
                + " | matched dates exact | dated after publication |\n|---|---|---|---|---|---|---|\n");
        for (ExtractionEvaluation.Report r : reports) {
            String bold = r == headline ? "**" : "";
            out.append("| ").append(bold).append(r.corpus()).append(bold).append(totalsCells(r));
        }
        return out.toString();
    }

    /**
     * Two runs' rows of the same articles, each row of the first followed by the same row of the second, the
     * extractor named in the second column; the first pair's articles in bold.
     */
    static String comparison(String firstName, List<ExtractionEvaluation.Report> first, String secondName,
                             List<ExtractionEvaluation.Report> second) {
        StringBuilder out = new StringBuilder("| Articles | extractor | count | topic chosen right | must recall"
                + " | precision | matched dates exact | dated after publication |\n|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < first.size(); i++) {
            String bold = i == 0 ? "**" : "";
            out.append("| ").append(bold).append(first.get(i).corpus()).append(bold).append(" | ").append(firstName)
                    .append(totalsCells(first.get(i)));
            out.append("| ").append(bold).append(second.get(i).corpus()).append(bold).append(" | ")
                    .append(secondName).append(totalsCells(second.get(i)));
        }
        return out.toString();
    }

    /** A report's totals as the cells after its name, from the cell separator on. */
    private static String totalsCells(ExtractionEvaluation.Report r) {
        return String.format(Locale.ROOT, " | %d | %d / %d | %s (%d / %d) | %s (%d / %d) | %d / %d | %d |%n",
                r.articles().size(), r.topicRight(), r.articles().size(), ratio(r.mustFound(), r.must()),
                r.mustFound(), r.must(), ratio(r.correct(), r.current()), r.correct(), r.current(), r.exactDates(),
                r.matchedGold(), r.afterPublication());
    }

    /** The first report's figures minus the second's: how much better the first does. */
    static String gap(ExtractionEvaluation.Report first, ExtractionEvaluation.Report second) {
        return String.format(Locale.ROOT, "must recall %+.2f, precision %+.2f, topic chosen right %+.2f",
                first.recall() - second.recall(), first.precision() - second.precision(),
                first.topicAccuracy() - second.topicAccuracy());
    }

    static String summary(ExtractionEvaluation.Report report) {
        String state = !report.hasExpectedState() ? ""
                : report.stateDifferences().isEmpty() ? "; projected state equals expectedState"
                : "; projected state differs: " + report.stateDifferences();
        return String.format(Locale.ROOT, "%s: topic chosen right %d / %d, must recall %s (%d / %d), precision %s"
                        + " (%d / %d), dates exact %d / %d, %d events dated after publication%s", report.corpus(),
                report.topicRight(), report.articles().size(), ratio(report.mustFound(), report.must()),
                report.mustFound(), report.must(), ratio(report.correct(), report.current()), report.correct(),
                report.current(), report.exactDates(), report.matchedGold(), report.afterPublication(), state);
    }

    static String ratio(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }

    /** Every event extracted, and the gold events (other than history) that none matched. */
    static void events(StringBuilder out, ExtractionEvaluation.Report report) {
        out.append("\n### Events extracted from ").append(report.corpus())
                .append("\n\n| Article | Type | Date | Actors | Location | Matches gold |\n|---|---|---|---|---|---|\n");
        for (ExtractionEvaluation.ArticleScore a : report.articles()) {
            for (ExtractedEvent e : a.extracted()) {
                String kind = a.kindOf(e);
                out.append("| ").append(a.file()).append(" | ").append(e.type().wireName()).append(" | ")
                        .append(GoldMatching.eventDate(e)).append(e.background() ? " (background)" : "")
                        .append(" | ").append(e.actors().stream().map(Actor::name).collect(Collectors.joining(", ")))
                        .append(" | ").append(e.location() == null ? "" : e.location()).append(" | ")
                        .append(kind == null ? "no" : kind).append(" |\n");
            }
        }
        out.append("\n### Gold events of ").append(report.corpus()).append(" not found\n\n");
        boolean none = true;
        for (ExtractionEvaluation.ArticleScore a : report.articles()) {
            for (ExtractionEvaluation.Match m : a.gold()) {
                if (m.found() == null && !m.kind().equals("background")) {
                    none = false;
                    out.append("- ").append(a.file()).append(": ").append(m.kind()).append(' ')
                            .append(m.gold().get("type").asText()).append(' ').append(m.gold().get("date").asText())
                            .append('\n');
                }
            }
        }
        if (none) {
            out.append("None.\n");
        }
    }
}
