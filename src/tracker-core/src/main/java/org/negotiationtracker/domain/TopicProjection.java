package org.negotiationtracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The fold of one topic's events: its definition and its corroborated timeline. Applying the same
 * events in any order gives the same timeline and state; only {@code version} and {@code position},
 * which say how far into the log the fold has read, depend on the log's order. A retraction is the
 * exception: it takes back a report folded before it, as the log always has it; so are review decisions, which
 * confirm, reject (retract) or correct (retract and replace) a report folded before them. Decisions are not
 * real-world events: the state as of a past date shows its entries reviewed as the log now has them.
 */
public final class TopicProjection {

    private final TopicDefinition topic;
    private final ReviewPolicy policy;
    private final Corroboration corroboration = new Corroboration();
    /** The reports a reviewer confirmed, or that a correction logged, and are not retracted since. */
    private final Map<String, Confirmation> confirmations = new HashMap<>();
    /** Entries as last derived from their reports; an entry is derived again only once its reports change. */
    private final Map<String, TimelineEntry> entries = new HashMap<>();
    /**
     * The derived entries kept in event-time order, all and by type, what they add up to, and the entries not
     * derived since their reports changed: the state is derived at every commit, and deriving it from the whole
     * timeline each time made that cost grow with the topic's length.
     */
    private final NavigableSet<TimelineEntry> chronological = new TreeSet<>(TimelineEntry.CHRONOLOGICAL);
    private final Map<EventType, NavigableSet<TimelineEntry>> chronologicalByType = new EnumMap<>(EventType.class);
    private final TimelineFigures figures = new TimelineFigures();
    private final Set<String> underived = new HashSet<>();
    private int version;
    private long position;

    public TopicProjection(TopicDefinition topic, int version, long position) {
        this(topic, ReviewPolicy.DEFAULT, version, position);
    }

    public TopicProjection(TopicDefinition topic, ReviewPolicy policy, int version, long position) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.version = version;
        this.position = position;
    }

    public TopicDefinition topic() {
        return topic;
    }

    public ReviewPolicy policy() {
        return policy;
    }

    public int version() {
        return version;
    }

    public long position() {
        return position;
    }

    /** Folds in an event just read from the log. */
    public EntryChange apply(DiplomaticEvent event, int eventVersion, long eventPosition) {
        readPast(event, eventVersion, eventPosition);
        return add(event);
    }

    /**
     * Folds in any event just read from the log: a diplomatic event joins the timeline; a retraction or a rejection
     * takes its report back out of it (a report unknown or already retracted changes nothing); a confirmation marks
     * its report confirmed; a correction retracts its report and adds the corrected copy, confirmed (when the report
     * was retracted already, it changes nothing); an article received changes no entry (its extracted events,
     * appended with it, do), but the fold has read past it.
     *
     * @return the entries the event changed, empty when it changed none
     */
    public Optional<EntryChange> apply(TopicEvent event, int eventVersion, long eventPosition) {
        if (event instanceof DiplomaticEvent diplomatic) {
            return Optional.of(apply(diplomatic, eventVersion, eventPosition));
        }
        if (event instanceof TopicRegistered) {
            throw new IllegalArgumentException("event " + event.id() + " registers topic " + event.topicId()
                    + ", which cannot be folded into the projection of topic " + topic.id());
        }
        readPast(event, eventVersion, eventPosition);
        if (event instanceof EventConfirmed confirmed) {
            return confirm(confirmed.confirmedEventId(), Confirmation.of(confirmed));
        }
        if (event instanceof EventCorrected correction) {
            return retract(correction.retractedEventId()).map(retracted -> {
                EntryChange added = add(correction.corrected());
                return retracted.followedBy(confirm(correction.corrected().id(), Confirmation.of(correction))
                        .map(added::followedBy).orElse(added));
            });
        }
        if (event instanceof Retraction retraction) {
            return retract(retraction.retractedEventId());
        }
        return Optional.empty();
    }

    private void readPast(TopicEvent event, int eventVersion, long eventPosition) {
        if (!event.topicId().equals(topic.id())) {
            throw new IllegalArgumentException("event " + event.id() + " (" + event.type() + ") belongs to topic "
                    + event.topicId() + ", not " + topic.id());
        }
        version = eventVersion;
        position = eventPosition;
    }

    /**
     * A topic's projection after an event read from the log: the topic's registration starts a new one, under
     * {@code policy}, any other event is folded into {@code projection}, which it needs.
     *
     * @param projection the topic's projection so far; null before its registration
     * @param changed told which entries the event changed, when it changed any
     */
    public static TopicProjection fold(ReviewPolicy policy, TopicProjection projection, TopicEvent event,
                                       int eventVersion, long eventPosition, Consumer<EntryChange> changed) {
        if (event instanceof TopicRegistered registered) {
            return new TopicProjection(registered.topic(), policy, eventVersion, eventPosition);
        }
        if (projection == null) {
            throw new IllegalStateException("event " + event.id() + " of topic " + event.topicId()
                    + " has no projection to join: the topic's registration was not folded first");
        }
        projection.apply(event, eventVersion, eventPosition).ifPresent(changed);
        return projection;
    }

    /** {@link #fold(ReviewPolicy, TopicProjection, TopicEvent, int, long, Consumer)} under the default policy. */
    public static TopicProjection fold(TopicProjection projection, TopicEvent event, int eventVersion,
                                       long eventPosition, Consumer<EntryChange> changed) {
        return fold(ReviewPolicy.DEFAULT, projection, event, eventVersion, eventPosition, changed);
    }

    /** {@link #fold(ReviewPolicy, TopicProjection, TopicEvent, int, long, Consumer)}, needing no changes. */
    public static TopicProjection fold(ReviewPolicy policy, TopicProjection projection, TopicEvent event,
                                       int eventVersion, long eventPosition) {
        return fold(policy, projection, event, eventVersion, eventPosition, change -> { });
    }

    /** {@link #fold(ReviewPolicy, TopicProjection, TopicEvent, int, long)} under the default policy. */
    public static TopicProjection fold(TopicProjection projection, TopicEvent event, int eventVersion,
                                       long eventPosition) {
        return fold(ReviewPolicy.DEFAULT, projection, event, eventVersion, eventPosition);
    }

    /** Reloads reports already folded earlier (from a stored read model); the log position is unchanged. */
    public void restore(DiplomaticEvent report) {
        add(report);
    }

    /** Reloads a confirmation of a report restored earlier; the log position is unchanged. */
    public void restore(String reportId, Confirmation confirmation) {
        confirm(reportId, confirmation);
    }

    private EntryChange add(DiplomaticEvent report) {
        return changed(corroboration.add(report));
    }

    private Optional<EntryChange> retract(String reportId) {
        confirmations.remove(reportId);
        return corroboration.retract(reportId).map(this::changed);
    }

    /** Marks a report confirmed; a report unknown or retracted changes nothing, one confirmed already neither. */
    private Optional<EntryChange> confirm(String reportId, Confirmation confirmation) {
        Optional<String> entryId = corroboration.entryOf(reportId);
        if (entryId.isEmpty() || confirmations.containsKey(reportId)) {
            return Optional.empty();
        }
        confirmations.put(reportId, confirmation);
        return Optional.of(changed(new EntryChange(Set.of(), Set.of(entryId.get()), Set.of())));
    }

    /** The confirmations of an entry's reports, by report id: what a stored read model keeps besides the reports. */
    public Map<String, Confirmation> confirmations(String entryId) {
        Map<String, Confirmation> ofEntry = new HashMap<>();
        for (DiplomaticEvent report : corroboration.reports(entryId)) {
            Confirmation confirmation = confirmations.get(report.id());
            if (confirmation != null) {
                ofEntry.put(report.id(), confirmation);
            }
        }
        return ofEntry;
    }

    private EntryChange changed(EntryChange change) {
        for (Set<String> entryIds : List.of(change.newEntryIds(), change.changedEntryIds())) {
            entryIds.forEach(entryId -> {
                forget(entryId);
                underived.add(entryId);
            });
        }
        change.removedEntryIds().forEach(this::forget);
        return change;
    }

    private void forget(String entryId) {
        TimelineEntry derived = entries.remove(entryId);
        if (derived != null) {
            chronological.remove(derived);
            chronologicalByType.get(derived.type()).remove(derived);
            figures.remove(derived);
        }
        underived.remove(entryId);
    }

    public TimelineEntry entry(String entryId) {
        TimelineEntry derived = entries.get(entryId);
        if (derived == null) {
            derived = TimelineEntry.of(entryId, corroboration.reports(entryId), confirmations, policy);
            entries.put(entryId, derived);
            chronological.add(derived);
            chronologicalByType.computeIfAbsent(derived.type(), type -> new TreeSet<>(TimelineEntry.CHRONOLOGICAL))
                    .add(derived);
            figures.add(derived);
            underived.remove(entryId);
        }
        return derived;
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
        deriveChanged();
        List<TimelineEntry> timeline = new ArrayList<>(chronological.size());
        for (TimelineEntry entry : chronological) {
            if (asOf == null || entry.occurredAt().endsOnOrBefore(asOf)) {
                timeline.add(entry);
            }
        }
        return Collections.unmodifiableList(timeline);
    }

    /**
     * The state now, from the figures kept as entries change and the entries of the types it reads; as of a
     * past date, derived from the timeline up to that date. Each entry the state names says whether it stands
     * confirmed or proposed; under a policy that does not count proposed entries, the state leaves them out.
     */
    public TopicState state(LocalDate asOf) {
        if (asOf != null || !policy.countProposed()) {
            return TopicStateFold.derive(topic, counted(timeline(asOf)), asOf, version, position);
        }
        deriveChanged();
        TopicStateFold.Figures now = new TopicStateFold.Figures(figures.events(), figures.reports(),
                figures.distinctSources(), figures.participants(),
                chronological.isEmpty() ? null : chronological.first().occurredAt(), lastEventAt());
        return TopicStateFold.derive(topic, type -> List.copyOf(chronologicalByType.getOrDefault(type,
                Collections.emptyNavigableSet())), now, null, version, position);
    }

    /**
     * The entries the state counts: all of them, or, when the policy counts only confirmed ones, those (derived from
     * the whole timeline at every commit then, as the figures kept as entries change count every entry).
     */
    private List<TimelineEntry> counted(List<TimelineEntry> timeline) {
        return policy.countProposed() ? timeline : timeline.stream().filter(TimelineEntry::confirmed).toList();
    }

    private void deriveChanged() {
        List.copyOf(underived).forEach(this::entry);
    }

    /**
     * The latest event time; of equal ones (the same instant at other offsets), the one the timeline shows first,
     * as a derivation from the whole timeline finds it.
     */
    private PartialDate lastEventAt() {
        PartialDate last = null;
        for (Iterator<TimelineEntry> latest = chronological.descendingIterator(); latest.hasNext(); ) {
            PartialDate occurredAt = latest.next().occurredAt();
            if (last != null && occurredAt.compareTo(last) != 0) {
                break;
            }
            last = occurredAt;
        }
        return last;
    }
}
