package org.negotiationtracker.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fold of one topic's events: its definition and its corroborated timeline. Applying the same
 * events in any order gives the same timeline and state; only {@code version} and {@code position},
 * which say how far into the log the fold has read, depend on the log's order.
 */
public final class TopicProjection {

    private final TopicDefinition topic;
    private final Corroboration corroboration = new Corroboration();
    /** Entries as last derived from their reports; an entry is derived again only once its reports change. */
    private final Map<String, TimelineEntry> entries = new HashMap<>();
    private int version;
    private long position;

    public TopicProjection(TopicDefinition topic, int version, long position) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.version = version;
        this.position = position;
    }

    public TopicDefinition topic() {
        return topic;
    }

    public int version() {
        return version;
    }

    public long position() {
        return position;
    }

    /** Folds in an event just read from the log. */
    public EntryChange apply(DiplomaticEvent event, int eventVersion, long eventPosition) {
        if (!event.topicId().equals(topic.id())) {
            throw new IllegalArgumentException("event " + event.id() + " belongs to topic " + event.topicId()
                    + ", not " + topic.id());
        }
        version = eventVersion;
        position = eventPosition;
        return add(event);
    }

    /**
     * Folds in any event just read from the log: a diplomatic event joins the timeline; an article received
     * changes no entry (its extracted events, appended with it, do), but the fold has read past it.
     *
     * @return the entry the event changed, empty for an article
     */
    public Optional<EntryChange> apply(TopicEvent event, int eventVersion, long eventPosition) {
        if (event instanceof DiplomaticEvent diplomatic) {
            return Optional.of(apply(diplomatic, eventVersion, eventPosition));
        }
        if (!(event instanceof ArticleReceived) || !event.topicId().equals(topic.id())) {
            throw new IllegalArgumentException("event " + event.id() + " (" + event.type() + ") of topic "
                    + event.topicId() + " cannot be folded into topic " + topic.id());
        }
        version = eventVersion;
        position = eventPosition;
        return Optional.empty();
    }

    /** Reloads reports already folded earlier (from a stored read model); the log position is unchanged. */
    public void restore(DiplomaticEvent report) {
        add(report);
    }

    private EntryChange add(DiplomaticEvent report) {
        EntryChange change = corroboration.add(report);
        entries.remove(change.entryId());
        change.absorbedEntryIds().forEach(entries::remove);
        return change;
    }

    public TimelineEntry entry(String entryId) {
        return entries.computeIfAbsent(entryId, id -> TimelineEntry.of(id, corroboration.reports(id)));
    }

    public List<DiplomaticEvent> reports(String entryId) {
        return corroboration.reports(entryId);
    }

    public Set<String> entryIds() {
        return Set.copyOf(corroboration.entryIds());
    }

    public int reportCount() {
        return corroboration.reportCount();
    }

    /** The timeline in event-time order; with {@code asOf}, only the events known to have happened by then. */
    public List<TimelineEntry> timeline(LocalDate asOf) {
        return corroboration.entryIds().stream()
                .map(this::entry)
                .filter(e -> asOf == null || e.occurredAt().endsOnOrBefore(asOf))
                .sorted(TimelineEntry.CHRONOLOGICAL)
                .toList();
    }

    public TopicState state(LocalDate asOf) {
        return TopicStateFold.derive(topic, timeline(asOf), asOf, version, position);
    }
}
