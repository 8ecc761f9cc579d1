package org.negotiationtracker.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.problem.Problem;

/**
 * Text the log can keep as it was acknowledged: PostgreSQL refuses U+0000 in text, and a lone UTF-16 surrogate
 * (an escape such as \\ud800 with no partner) has no UTF-8 form, so it would be stored as something else.
 */
final class StorableText {

    private StorableText() {
    }

    /**
     * Whether the JSON text may hold a text that cannot be stored: only when it has an escape (a backslash and a u),
     * since the parser refuses a raw control character in a string and {@link WellFormedUtf8} a raw encoded
     * surrogate.
     * False for most bodies, which then need no walk of their tree.
     */
    static boolean mayHoldFaults(byte[] json) {
        for (int i = 0; i + 1 < json.length; i++) {
            if (json[i] == '\\' && json[i + 1] == 'u') {
                return true;
            }
        }
        return false;
    }

    /** Every string value or key of the tree that cannot be stored, by JSON pointer. */
    static List<Problem.FieldError> faults(JsonNode tree) {
        List<Problem.FieldError> faults = new ArrayList<>();
        collect(tree, new ArrayDeque<>(), faults);
        return faults;
    }

    /** {@code path} holds the keys and indices down to {@code node}: a pointer is spelled out only for a fault. */
    private static void collect(JsonNode node, Deque<Object> path, List<Problem.FieldError> faults) {
        if (node.isTextual()) {
            check(node.textValue(), path, faults);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.addLast(i);
                collect(node.get(i), path, faults);
                path.removeLast();
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                path.addLast(field.getKey());
                check(field.getKey(), path, faults);
                collect(field.getValue(), path, faults);
                path.removeLast();
            }
        }
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static void check(String text, Deque<Object> path, List<Problem.FieldError> faults) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                faults.add(new Problem.FieldError(pointer(path), "must not contain the NUL character (U+0000)"));
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                faults.add(new Problem.FieldError(pointer(path), "holds a lone UTF-16 surrogate (U+"
                        + Integer.toHexString(c).toUpperCase() + ") that no UTF-8 text can carry"));
                return;
            }
        }
    }
}
