package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The figures of a topic's state that add up over its whole timeline (events, reports, distinct sources,
 * participants), kept as entries join and leave it: an entry whose reports change leaves with what it
 * counted before and joins again with what it counts now. Deriving them from the whole timeline at every
 * commit made each append cost as much as the topic was long.
 */
final class TimelineFigures {

    private int events;
    private int reports;
    /** How many entries cite each source: a source counts while any entry still cites it. */
    private final Map<String, Integer> entriesBySourceKey = new HashMap<>();
    private final Map<String, Mentions> mentionsByActorKey = new HashMap<>();

    /** Where one actor is named, in timeline order, and in how many reports. */
    private static final class Mentions {
        final NavigableMap<TimelineEntry, Actor> byEntry = new TreeMap<>(TimelineEntry.CHRONOLOGICAL);
        int reports;

        /** The first mention's name; its country and role, or the first a later mention gives when it gives none. */
        TopicState.Participant participant() {
            String name = null;
            String country = null;
            String role = null;
            for (Actor mention : byEntry.values()) {
                name = name == null ? mention.name() : name;
                country = country == null ? mention.country() : country;
                role = role == null ? mention.role() : role;
                if (country != null && role != null) {
                    break;
                }
            }
            return new TopicState.Participant(name, country, role, byEntry.size(), reports);
        }
    }

    void add(TimelineEntry entry) {
        events++;
        reports += entry.reportCount();
        entry.sourceKeys().forEach(key -> entriesBySourceKey.merge(key, 1, Integer::sum));
        for (int i = 0; i < entry.actors().size(); i++) {
            Mentions mentions = mentionsByActorKey.computeIfAbsent(entry.actorKeys().get(i), k -> new Mentions());
            mentions.byEntry.put(entry, entry.actors().get(i));
            mentions.reports += entry.reportCount();
        }
    }

    /** Takes back what {@code entry} added; it must be the very entry added earlier. */
    void remove(TimelineEntry entry) {
        events--;
        reports -= entry.reportCount();
        entry.sourceKeys().forEach(key -> entriesBySourceKey.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1));
        for (String actorKey : entry.actorKeys()) {
            Mentions mentions = mentionsByActorKey.get(actorKey);
            mentions.byEntry.remove(entry);
            mentions.reports -= entry.reportCount();
            if (mentions.byEntry.isEmpty()) {
                mentionsByActorKey.remove(actorKey);
            }
        }
    }

    int events() {
        return events;
    }

    int reports() {
        return reports;
    }

    int distinctSources() {
        return entriesBySourceKey.size();
    }

    /** Most events first, then by name. */
    List<TopicState.Participant> participants() {
        List<TopicState.Participant> participants = new ArrayList<>(mentionsByActorKey.size());
        mentionsByActorKey.values().forEach(mentions -> participants.add(mentions.participant()));
        participants.sort(TopicStateFold.PARTICIPANTS);
        return participants;
    }
}
