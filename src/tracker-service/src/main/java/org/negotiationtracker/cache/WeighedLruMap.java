package org.negotiationtracker.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.ToLongFunction;

/**
 * A cache whose values together weigh at most {@code capacity}, dropping the entries least recently read or written
 * first: for values whose size varies, where a bound on their number bounds nothing. A value is weighed when it is
 * put; one changed in place is weighed again when it is put again. A value heavier than the whole capacity is not
 * kept (keeping it would drop every other). Not thread-safe: a read reorders the entries, so each map belongs to one
 * thread or is guarded by its owner.
 */
public final class WeighedLruMap<K, V> {

    private record Weighed<V>(V value, long weight) {
    }

    private final LinkedHashMap<K, Weighed<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final long capacity;
    private final ToLongFunction<V> weigher;
    private long weight;

    public WeighedLruMap(long capacity, ToLongFunction<V> weigher) {
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** The value kept for {@code key}, now the most recently used; null when none is. */
    public V get(K key) {
        Weighed<V> entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** Keeps {@code value}, weighed now, dropping the least recently used entries until all fit. */
    public void put(K key, V value) {
        long valueWeight = weigher.applyAsLong(value);
        remove(key);
        if (valueWeight > capacity) {
            return;
        }
        entries.put(key, new Weighed<>(value, valueWeight));
        weight += valueWeight;
        for (Iterator<Weighed<V>> eldest = entries.values().iterator(); weight > capacity; ) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** Drops the value kept for {@code key}, returning it; null when none was kept. */
    public V remove(K key) {
        Weighed<V> entry = entries.remove(key);
        if (entry == null) {
            return null;
        }
        weight -= entry.weight();
        return entry.value();
    }

    public void clear() {
        entries.clear();
        weight = 0;
    }

    /** What the values kept weighed when they were put. */
    public long weight() {
        return weight;
    }

    public int size() {
        return entries.size();
    }
}
