package org.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** What {@link ImportEventsCommand} shows: a bar of the bytes sent, the lines the service acknowledged, the summary. */
final class ImportProgressBar {

    private static final int WIDTH = 30;

    private ImportProgressBar() {
    }

    /**
     * One line, redrawn in place: the share of the file sent ({@code total} 0 when unknown, as for a pipe), and the
     * counts of the last progress line the service sent (null before the first chunk is committed).
     */
    static String render(long sent, long total, JsonNode progress) {
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, sent * WIDTH / total);
            line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", sent * 100 / total))
                    .append(megabytes(sent)).append(" / ").append(megabytes(total)).append(" MB sent");
        } else {
            line.append(megabytes(sent)).append(" MB sent");
        }
        if (progress != null) {
            line.append(String.format(Locale.ROOT, ", %d lines acknowledged (%d appended, %d already stored, %d refused)",
                    progress.path("lines").asLong(), progress.path("appended").asLong(),
                    progress.path("duplicates").asLong(), progress.path("refused").asLong()));
        }
        return line.toString();
    }

    /** The service's report, then each refusal it lists on a line of its own. */
    static String summary(JsonNode report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d lines: %d events appended, %d already stored, %d refused; log position %d, %d chunks%n",
                report.path("lines").asLong(), report.path("appended").asLong(), report.path("duplicates").asLong(),
                report.path("refused").asLong(), report.path("position").asLong(), report.path("chunks").asLong()));
        for (JsonNode refusal : report.path("refusals")) {
            text.append("  line ").append(refusal.path("line").asLong());
            if (refusal.hasNonNull("column")) {
                text.append(", column ").append(refusal.path("column").asText());
            }
            if (!refusal.path("pointer").asText().isEmpty()) {
                text.append(", ").append(refusal.path("pointer").asText());
            }
            text.append(": ").append(refusal.path("detail").asText()).append(System.lineSeparator());
        }
        long unlisted = report.path("refused").asLong() - report.path("refusals").size();
        if (unlisted > 0) {
            text.append("  and ").append(unlisted).append(" more refused lines (the service lists the first ")
                    .append(report.path("refusals").size()).append(')').append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
