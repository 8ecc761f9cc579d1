package org.negotiationtracker.app;

import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * transaction each, written while the next chunk is read. A line that is refused, unreadable or invalid or refused by the log (an unknown topic, a version
 * or an id conflict), refuses itself alone: the other lines of its chunk go in.
 */
@ApplicationScoped
public class ImportEvents {

    static final int REFUSALS_KEPT = 100;

    private final AppendEvents checks;
    private final ChunkAppender appender;
    private final int chunkSize;
    /** Writes each import's chunks while its request thread reads and checks the next one. */
    private final ExecutorService committer;

    ImportEvents(AppendEvents checks, ChunkAppender appender, ImportConfig config) {
        this.checks = checks;
        this.appender = appender;
        this.chunkSize = config.chunkSize();
        this.committer = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "import-committer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        committer.shutdown();
    }

    /**
     * Reads {@code source} to its end, telling {@code afterChunk} after each committed chunk.
     *
     * @throws ProblemException when the body cannot be read on (400) or the log fails (503): the chunks committed
     *                          before stay, and the detail says up to which line
     */
    public ImportReport run(ImportSource source, Consumer<ImportProgress> afterChunk) {
        Run run = new Run(source, afterChunk);
        List<ImportLine> read = new ArrayList<>(chunkSize);
        for (ImportLine line = next(source, run); line != null; line = next(source, run)) {
            run.lines = line.line();
            read.add(line);
            if (read.size() == chunkSize) {
                run.handOff(checked(source, read, run));
            }
        }
        run.handOff(checked(source, read, run));
        run.settle();
        return new ImportReport(run.chunks, run.lines, run.appended, run.duplicates, run.refused, run.position,
                run.refusals.stream().sorted(Comparator.comparingLong(ImportRefusal::line)).toList());
    }

    /** A chunk's line or its refusal. */
    private record Checked(long line, PendingEvent event, String pointer, String refusal) {
    }

    /**
     * The lines read, parsed and checked on every core (they are independent until the log plans them), in their
     * order; the refused ones are counted, the others returned.
     */
    private List<Checked> checked(ImportSource source, List<ImportLine> read, Run run) {
        List<Checked> checked = read.parallelStream().map(line -> check(source.parsed(line))).toList();
        read.clear();
        List<Checked> events = new ArrayList<>(checked.size());
        for (Checked line : checked) {
            if (line.event() == null) {
                run.refuse(line.line(), line.pointer(), line.refusal());
            } else {
                events.add(line);
            }
        }
        return events;
    }

    private Checked check(ImportLine line) {
        if (line.unreadable() != null) {
            return new Checked(line.line(), null, line.unreadable().pointer(), line.unreadable().detail());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        PendingEvent pending = line.bound() != null ? checks.checked(line.bound(), "", errors)
                : checks.checked(line.event(), "", errors);
        if (pending == null) {
            return new Checked(line.line(), null, errors.get(0).pointer(), errors.size() == 1 ? errors.get(0).detail()
                    : errors.stream().map(e -> (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.detail())
                    .collect(Collectors.joining("; ")));
        }
        return new Checked(line.line(), pending, null, null);
    }

    /** The next line, null at the end. */
    private static ImportLine next(ImportSource source, Run run) {
        try {
            return source.hasNext() ? source.next() : null;
        } catch (UncheckedIOException e) {
            run.settle();
            throw run.stopped(400, "unreadable-body", "Unreadable request body", "the body could not be read on "
                    + "after line " + run.lines + " (" + e.getCause().getMessage() + ")");
        }
    }

    /** A chunk being written: its outcome to come, the line of each event, the last line read before it. */
    private record InFlight(CompletableFuture<ChunkAppender.Chunk> chunk, List<Long> lines, long through) {
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
        private InFlight inFlight;

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

        /**
         * Starts writing the chunk on the committer thread, once the chunk before it is committed: the next chunk is
         * read and checked meanwhile, so at most two chunks are held.
         */
        void handOff(List<Checked> chunk) {
            settle();
            if (chunk.isEmpty()) {
                return;
            }
            List<PendingEvent> events = chunk.stream().map(Checked::event).toList();
            inFlight = new InFlight(CompletableFuture.supplyAsync(() -> appender.append(events),
                    Context.current().wrap(committer)), chunk.stream().map(Checked::line).toList(), lines);
        }

        /** Waits for the chunk being written, and counts it. */
        void settle() {
            if (inFlight == null) {
                return;
            }
            InFlight writing = inFlight;
            inFlight = null;
            ChunkAppender.Chunk committed;
            try {
                committed = writing.chunk().join();
            } catch (CompletionException e) {
                throw stopped(503, "log-unavailable", "Event log unavailable", "the chunk of lines "
                        + writing.lines().get(0) + " to " + writing.lines().get(writing.lines().size() - 1)
                        + " was not appended (" + e.getCause().getMessage() + ")");
            }
            for (int i = 0; i < writing.lines().size(); i++) {
                ChunkAppender.Outcome outcome = committed.outcomes().get(i);
                if (outcome.refusal() != null) {
                    refuse(writing.lines().get(i), pointerOf(outcome.refusal()), outcome.refusal().getMessage());
                } else if (outcome.appended().duplicate()) {
                    duplicates++;
                    position = Math.max(position, outcome.appended().position());
                } else {
                    appended++;
                    position = Math.max(position, outcome.appended().position());
                }
            }
            chunks++;
            committedThrough = writing.through();
            afterChunk.accept(new ImportProgress(chunks, committedThrough, appended, duplicates, refused, position));
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
