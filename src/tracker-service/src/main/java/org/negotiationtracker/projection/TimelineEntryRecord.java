package org.negotiationtracker.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read model: one real-world event of a topic's timeline with every report of it, as JSON, in one generation. */
@Entity
@Table(name = "timeline_entry")
@IdClass(TimelineEntryRecord.Key.class)
public class TimelineEntryRecord extends PanacheEntityBase {

    @Id
    public int generation;

    @Id
    @Column(name = "entry_id")
    public String entryId;

    @Column(name = "topic_id")
    public String topicId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "occurred_at")
    public String occurredAt;

    @Column(name = "occurred_from")
    public LocalDate occurredFrom;

    /** Last day the event may have happened on: "as of" a date includes the entry once this has passed. */
    @Column(name = "occurred_until")
    public LocalDate occurredUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    public String reports;

    /** The reviewers' confirmations of its reports, by report id; null when there are none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String confirmations;

    /** A row known only by its id: enough to delete it. */
    static TimelineEntryRecord reference(int generation, String entryId) {
        TimelineEntryRecord record = new TimelineEntryRecord();
        record.generation = generation;
        record.entryId = entryId;
        return record;
    }

    public static class Key implements Serializable {

        public int generation;
        public String entryId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.generation == generation && key.entryId.equals(entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(generation, entryId);
        }
    }
}
