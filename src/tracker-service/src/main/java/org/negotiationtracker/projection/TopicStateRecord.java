package org.negotiationtracker.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read model: one topic's definition and its current negotiation state, as JSON, in one generation. */
@Entity
@Table(name = "topic_state")
@IdClass(TopicStateRecord.Key.class)
public class TopicStateRecord extends PanacheEntityBase {

    @Id
    public int generation;

    @Id
    @Column(name = "topic_id")
    public String topicId;

    public String title;

    public String status;

    public int version;

    public long position;

    @Column(name = "report_count")
    public int reportCount;

    @Column(name = "last_event_at")
    public String lastEventAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;

    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public static class Key implements Serializable {

        public int generation;
        public String topicId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.generation == generation && key.topicId.equals(topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(generation, topicId);
        }
    }
}
