package org.negotiationtracker.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Identity keys already computed, by the name they were computed from. The fold asks for the key of every
 * actor and source of every timeline entry each time a topic's state is derived, which is at every commit,
 * while the names involved are few and recur. Bounded: once full it keeps what it has and computes the
 * rest each time, so it can never grow without limit.
 */
final class KeyMemo {

    private static final int KEPT = 50_000;

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final UnaryOperator<String> compute;

    KeyMemo(UnaryOperator<String> compute) {
        this.compute = compute;
    }

    String of(String value) {
        String key = keys.get(value);
        if (key == null) {
            key = compute.apply(value);
            if (keys.size() < KEPT) {
                keys.put(value, key);
            }
        }
        return key;
    }
}
