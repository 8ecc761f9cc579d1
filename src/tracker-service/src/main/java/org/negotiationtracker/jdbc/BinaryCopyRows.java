package org.negotiationtracker.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows in the binary format of PostgreSQL's {@code COPY ... FROM STDIN WITH (FORMAT binary)}, column by column: each
 * row is its number of columns, then each column's length and bytes, -1 for null. Unlike the text format it needs no
 * escaping of the values (a JSON column's backslashes cost as much as the rest of the line there): text, varchar and
 * json are their UTF-8 bytes, a date its days since 2000-01-01, a timestamp with time zone its microseconds since
 * then. The whole stream is {@link #HEADER}, the rows, then {@link #TRAILER}.
 */
public final class BinaryCopyRows {

    public static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    public static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};

    private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private final ByteArrayOutputStream buffer;
    private final DataOutputStream out;

    public BinaryCopyRows(int initialBytes) {
        this.buffer = new ByteArrayOutputStream(initialBytes);
        this.out = new DataOutputStream(buffer);
    }

    /** Starts a row of {@code count} columns. */
    public BinaryCopyRows columns(int count) {
        return write(() -> out.writeShort(count));
    }

    public BinaryCopyRows integer(int value) {
        return write(() -> {
            out.writeInt(4);
            out.writeInt(value);
        });
    }

    public BinaryCopyRows bigint(long value) {
        return write(() -> {
            out.writeInt(8);
            out.writeLong(value);
        });
    }

    public BinaryCopyRows date(LocalDate value) {
        return integer((int) (value.toEpochDay() - EPOCH_DAY));
    }

    public BinaryCopyRows timestamp(Instant value) {
        return bigint((value.getEpochSecond() - EPOCH_SECOND) * 1_000_000 + value.getNano() / 1_000);
    }

    /** A text, varchar or json column; null when {@code value} is. */
    public BinaryCopyRows text(String value) {
        return value == null ? nullColumn() : utf8(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A text, varchar or json column given as its UTF-8 bytes. */
    public BinaryCopyRows utf8(byte[] value) {
        return write(() -> {
            out.writeInt(value.length);
            out.write(value);
        });
    }

    public BinaryCopyRows nullColumn() {
        return write(() -> out.writeInt(-1));
    }

    public int size() {
        return buffer.size();
    }

    public byte[] bytes() {
        return buffer.toByteArray();
    }

    /** Drops the rows written, keeping the buffer for the next ones. */
    public void reset() {
        buffer.reset();
    }

    private BinaryCopyRows write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}
