package org.negotiationtracker.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code wait} preference of a {@code Prefer} header (RFC 7240): how long the client is willing to wait for
 * the answer. Preferences it does not understand, or a wait that is no number of seconds, are ignored, as the
 * RFC asks.
 */
final class PreferWait {

    /** No client waits longer than a day; larger numbers are not worth parsing into a duration. */
    private static final int MAX_DIGITS = 6;

    private PreferWait() {
    }

    /** The wait asked for, no longer than {@code max}, or null when none was. */
    static Duration of(List<String> headers, Duration max) {
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String preference : header.split(",")) {
                // preference = token [ BWS "=" BWS word ], then its parameters after ";"
                String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
                if (nameAndValue.length == 2 && nameAndValue[0].strip().toLowerCase(Locale.ROOT).equals("wait")) {
                    String seconds = unquoted(nameAndValue[1].strip());
                    if (!seconds.isEmpty() && seconds.length() <= MAX_DIGITS
                            && seconds.chars().allMatch(c -> c >= '0' && c <= '9')) {
                        Duration asked = Duration.ofSeconds(Long.parseLong(seconds));
                        return asked.compareTo(max) > 0 ? max : asked;
                    }
                }
            }
        }
        return null;
    }

    private static String unquoted(String word) {
        return word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")
                ? word.substring(1, word.length() - 1) : word;
    }
}
