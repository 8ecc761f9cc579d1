package org.negotiationtracker.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;

/**
 * The lines of an NDJSON stream, read as they arrive, each then parsed ({@link #parsed}) as {@code POST /api/events}
 * parses a body: at most {@code tracker.api.max-body-size} bytes, UTF-8, strict JSON. Blank lines are passed over (and counted); a
 * line that does not parse is handed on as unreadable, and the next line is read all the same.
 */
public final class NdjsonLines implements ImportSource {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream input;
    private final JsonBody body;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int filled;
    private int next;
    private long lineNumber;
    private ImportLine ahead;
    private boolean ended;

    public NdjsonLines(InputStream input, JsonBody body) {
        this.input = input;
        this.body = body;
    }

    /** @throws UncheckedIOException when the stream cannot be read on (a broken gzip stream, a dropped connection) */
    @Override
    public boolean hasNext() {
        while (ahead == null && !ended) {
            ahead = readLine();
        }
        return ahead != null;
    }

    @Override
    public ImportLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportLine current = ahead;
        ahead = null;
        return current;
    }

    /** The next line that is not blank, null at a blank one. */
    private ImportLine readLine() {
        line.reset();
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (next == filled && !fill()) {
                ended = true;
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int start = next;
            while (next < filled && buffer[next] != '\n') {
                next++;
            }
            if (!tooLong) {
                line.write(buffer, start, next - start);
                tooLong = line.size() > body.maxBytes();
            }
            if (next < filled) {
                next++;
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return ImportLine.unreadable(lineNumber, "", "the line exceeds " + body.maxBytes()
                    + " bytes (tracker.api.max-body-size)");
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (isBlank(bytes, length)) {
            return null;
        }
        return ImportLine.read(lineNumber, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
    }

    /**
     * Parses a line as {@code POST /api/events} parses a body; safe on any thread, so lines parse in parallel. A line
     * that is an event is bound from its text in one pass; any other is parsed into a tree, so it is refused with
     * the very problem {@code POST /api/events} would answer.
     */
    @Override
    public ImportLine parsed(ImportLine read) {
        if (read.text() == null) {
            return read;
        }
        EventRequest bound = body.bindDirectly(read.text(), EventRequest.class);
        if (bound != null) {
            return ImportLine.bound(read.line(), bound);
        }
        try {
            return ImportLine.of(read.line(), body.parse(read.text()));
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            return problem.errors().isEmpty() ? ImportLine.unreadable(read.line(), "", problem.detail())
                    : ImportLine.unreadable(read.line(), problem.errors().get(0));
        }
    }

    private boolean fill() {
        try {
            int read = input.read(buffer, 0, buffer.length);
            if (read < 0) {
                return false;
            }
            filled = read;
            next = 0;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
