package org.negotiationtracker.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read model: one topic's definition and its current negotiation state, as JSON. */
@Entity
@Table(name = "topic_state")
public class TopicStateRecord extends PanacheEntityBase {

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
}
