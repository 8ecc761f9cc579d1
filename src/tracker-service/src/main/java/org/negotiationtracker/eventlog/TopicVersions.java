package org.negotiationtracker.eventlog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.cache.LruMap;

/**
 * The topic versions a writer's last commit left, valid while the log's head is where that commit left it: reading
 * a topic's version from the log costs a scan of the topic's index. Another writer (another replica, a bulk import)
 * that moved the head makes them stale. Not thread-safe: each writer keeps its own, under its head lock.
 */
final class TopicVersions {

    private final Map<String, Integer> cached;
    private long head = -1;

    TopicVersions(int capacity) {
        cached = new LruMap<>(capacity);
    }

    /** The current version of each topic, from the cache while nothing else appended since, else from the log. */
    Map<String, Integer> of(Connection connection, EventLogStore store, long currentHead, Set<String> topicIds)
            throws SQLException {
        if (currentHead != head) {
            cached.clear();
        }
        Map<String, Integer> versions = new HashMap<>();
        Set<String> uncached = new HashSet<>();
        for (String topicId : topicIds) {
            Integer version = cached.get(topicId);
            if (version == null) {
                uncached.add(topicId);
            } else {
                versions.put(topicId, version);
            }
        }
        versions.putAll(store.versions(connection, uncached));
        return versions;
    }

    /** What a commit that left the head at {@code newHead} made the topics' versions. */
    void committed(long newHead, Map<String, Integer> versions) {
        head = newHead;
        cached.putAll(versions);
    }

    /** After a failure nothing cached may be trusted: the next commit reloads. */
    void forget() {
        head = -1;
        cached.clear();
    }
}
