package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.ChunkAppender;
import org.negotiationtracker.eventlog.EventIdConflictException;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.eventlog.UnknownTopicException;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.ImportLine;
import org.negotiationtracker.request.ImportSource;

/**
 * A bulk import: events read line by line, each checked as {@code POST /api/events} checks it and given the same id
 * (so a retry of the same file appends nothing twice), appended in chunks of {@code tracker.import.chunk-size}, one
 * transaction each. A line that is refused, unreadable or invalid or refused by the log (an unknown topic, a version
 * or an id conflict), refuses itself alone: the other lines of its chunk go in.
 */
@ApplicationScoped
public class ImportEvents {

    static final int REFUSALS_KEPT = 100;

    private final AppendEvents checks;
    private final ChunkAppender appender;
    private final int chunkSize;

    ImportEvents(AppendEvents checks, ChunkAppender appender, ImportConfig config) {
        this.checks = checks;
        this.appender = appender;
        this.chunkSize = config.chunkSize();
    }

    /**
     * Reads {@code source} to its end, telling {@code afterChunk} after each committed chunk.
     *
     * @throws ProblemException when the body cannot be read on (400) or the log fails (503): the chunks committed
     *                          before stay, and the detail says up to which line
     */
    public ImportReport run(ImportSource source, Consumer<ImportProgress> afterChunk) {
        Run run = new Run(source, afterChunk);
        List<PendingEvent> chunk = new ArrayList<>(chunkSize);
        List<Long> chunkLines = new ArrayList<>(chunkSize);
        for (ImportLine line = next(source, run); line != null; line = next(source, run)) {
            run.lines = line.line();
            if (line.unreadable() != null) {
                run.refuse(line.line(), line.unreadable().pointer(), line.unreadable().detail());
                continue;
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            PendingEvent pending = checks.checked(line.event(), "", errors);
            if (pending == null) {
                run.refuse(line.line(), errors.get(0).pointer(), errors.size() == 1 ? errors.get(0).detail()
                        : errors.stream().map(e -> (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.detail())
                        .collect(Collectors.joining("; ")));
                continue;
            }
            chunk.add(pending);
            chunkLines.add(line.line());
            if (chunk.size() == chunkSize) {
                run.commit(chunk, chunkLines);
            }
        }
        run.commit(chunk, chunkLines);
        return new ImportReport(run.chunks, run.lines, run.appended, run.duplicates, run.refused, run.position,
                run.refusals.stream().sorted(Comparator.comparingLong(ImportRefusal::line)).toList());
    }

    /** The next line, null at the end. */
    private static ImportLine next(ImportSource source, Run run) {
        try {
            return source.hasNext() ? source.next() : null;
        } catch (UncheckedIOException e) {
            throw run.stopped(400, "unreadable-body", "Unreadable request body", "the body could not be read on "
                    + "after line " + run.lines + " (" + e.getCause().getMessage() + ")");
        }
    }

    private final class Run {

        private final ImportSource source;
        private final Consumer<ImportProgress> afterChunk;
        private final List<ImportRefusal> refusals = new ArrayList<>();
        private int chunks;
        private long lines;
        private long committedThrough;
        private long appended;
        private long duplicates;
        private long refused;
        private long position;

        Run(ImportSource source, Consumer<ImportProgress> afterChunk) {
            this.source = source;
            this.afterChunk = afterChunk;
        }

        void refuse(long line, String pointer, String detail) {
            refused++;
            if (refusals.size() < REFUSALS_KEPT) {
                refusals.add(new ImportRefusal(line, pointer, source.columnOf(pointer), detail));
            }
        }

        void commit(List<PendingEvent> chunk, List<Long> chunkLines) {
            if (chunk.isEmpty()) {
                return;
            }
            ChunkAppender.Chunk committed;
            try {
                committed = appender.append(chunk);
            } catch (RuntimeException e) {
                throw stopped(503, "log-unavailable", "Event log unavailable", "the chunk of lines "
                        + chunkLines.get(0) + " to " + chunkLines.get(chunkLines.size() - 1)
                        + " was not appended (" + e.getMessage() + ")");
            }
            for (int i = 0; i < chunk.size(); i++) {
                ChunkAppender.Outcome outcome = committed.outcomes().get(i);
                if (outcome.refusal() != null) {
                    refuse(chunkLines.get(i), pointerOf(outcome.refusal()), outcome.refusal().getMessage());
                } else if (outcome.appended().duplicate()) {
                    duplicates++;
                    position = Math.max(position, outcome.appended().position());
                } else {
                    appended++;
                    position = Math.max(position, outcome.appended().position());
                }
            }
            chunks++;
            committedThrough = lines;
            chunk.clear();
            chunkLines.clear();
            afterChunk.accept(new ImportProgress(chunks, lines, appended, duplicates, refused, position));
        }

        ProblemException stopped(int status, String kind, String title, String cause) {
            return new ProblemException(Problem.of(status, kind, title, "the import stopped: " + cause + ". "
                    + (chunks == 0 ? "Nothing was appended" : "Lines 1 to " + committedThrough + " are in the log ("
                    + appended + " events appended, " + duplicates + " already stored, " + refused + " lines refused)")
                    + "; send the whole file again: what is in the log already is not appended twice"));
        }
    }

    private static String pointerOf(AppendRejectedException refusal) {
        if (refusal instanceof UnknownTopicException) {
            return "/topicId";
        }
        return refusal instanceof EventIdConflictException ? "/id" : "/expectedVersion";
    }
}
