package org.negotiationtracker.request;

/**
 * Checks UTF-8 the way the JDK's decoder does (Unicode's table of well-formed byte sequences: no overlong forms, no
 * encoded surrogates, nothing past U+10FFFF, no cut-off sequence) without decoding: the JSON parser then reads the
 * bytes themselves, and a body is not copied into a String first.
 */
final class WellFormedUtf8 {

    private WellFormedUtf8() {
    }

    /** The offset of the first byte that does not start a well-formed sequence; -1 when there is none. */
    static int firstMalformed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length;
            int secondLow = 0x80;
            int secondHigh = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                secondLow = lead == 0xE0 ? 0xA0 : 0x80;   // below: overlong
                secondHigh = lead == 0xED ? 0x9F : 0xBF;  // above: a surrogate
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                secondLow = lead == 0xF0 ? 0x90 : 0x80;   // below: overlong
                secondHigh = lead == 0xF4 ? 0x8F : 0xBF;  // above: past U+10FFFF
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondLow || second > secondHigh) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int continuation = bytes[i + k] & 0xFF;
                if (continuation < 0x80 || continuation > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
