package org.negotiationtracker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check agrees with the JDK's strict decoder: on every byte pair, around every range's edges, on random bodies. */
class WellFormedUtf8Test {

    /** Where the ranges of Unicode's table of well-formed sequences begin and end, and a byte on each side. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};

    /**
     * Every lead byte with every second byte; the longer sequences with every lead byte and the edges of the ranges
     * after it (every second byte of the longer ones took a quarter of a minute, twice per build, for no more edges).
     */
    @Test
    void agreesWithTheJdkOnShortSequences() {
        for (int a = 0; a < 256; a++) {
            assertAgrees(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                assertAgrees(new byte[] {(byte) a, (byte) b});
            }
            for (int b : EDGES) {
                for (int c : EDGES) {
                    assertAgrees(new byte[] {(byte) a, (byte) b, (byte) c});
                    if (a >= 0xF0) {
                        for (int d : EDGES) {
                            assertAgrees(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                        }
                    }
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkOnRandomBodies() {
        Random random = new Random(18);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder("{\"summary\":\"");
            for (int i = random.nextInt(12); i > 0; i--) {
                text.appendCodePoint(random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0xFFFFF)
                        : 0x20 + random.nextInt(0x3000));
            }
            byte[] bytes = text.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            assertAgrees(bytes);
        }
    }

    private static void assertAgrees(byte[] bytes) {
        assertEquals(jdkAccepts(bytes), WellFormedUtf8.firstMalformed(bytes) < 0, () -> hex(bytes));
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b));
        }
        return hex.toString().strip();
    }
}
