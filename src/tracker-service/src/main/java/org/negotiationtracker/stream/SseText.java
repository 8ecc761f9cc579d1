package org.negotiationtracker.stream;

import java.nio.charset.StandardCharsets;

/**
 * The Server-Sent Events wire format (WHATWG HTML, "server-sent events"): fields, comments, and the
 * blank line that dispatches a message. Streams write it themselves so that everything a subscriber
 * has pending goes out as one chunk, instead of one write and flush per message.
 */
final class SseText {

    static final byte[] HEARTBEAT = comment("heartbeat");

    private SseText() {
    }

    static byte[] message(long id, String name, String data) {
        StringBuilder text = new StringBuilder(data.length() + name.length() + 32);
        text.append("id:").append(id).append("\nevent:").append(name).append('\n');
        int start = 0;
        for (int end = data.indexOf('\n'); end >= 0; end = data.indexOf('\n', start)) {
            text.append("data:").append(data, start, end).append('\n');
            start = end + 1;
        }
        text.append("data:").append(data, start, data.length()).append("\n\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] opening(String comment, long retryMillis) {
        return (":" + comment + "\nretry:" + retryMillis + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] comment(String comment) {
        return (":" + comment + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
