package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.StatelessSession;
import org.negotiationtracker.domain.TopicProjection;

/**
 * The projector's access to the read-model rows of one generation, inside its transaction. Through a stateless session:
 * rows loaded to rebuild a projection are not watched for changes at commit, and all topics of one group
 * commit are written together as JDBC batches, one per kind of statement, so the write costs a few round
 * trips however many topics and entries it touches.
 */
@ApplicationScoped
class ReadModelStore {

    /**
     * One topic's changes since its rows were last written.
     *
     * @param topicIsNew      the topic has no state row yet
     * @param newEntryIds     entries without a row yet
     * @param changedEntryIds entries with a row whose reports changed
     * @param removedEntryIds entries with a row that were merged into others
     */
    record TopicChanges(TopicProjection projection, boolean topicIsNew, Set<String> newEntryIds,
                        Set<String> changedEntryIds, Set<String> removedEntryIds) {
    }

    private final ReadModelCodec codec;
    private final StatelessSession session;

    ReadModelStore(ReadModelCodec codec, StatelessSession session) {
        this.codec = codec;
        this.session = session;
    }

    /** A topic's projection from its stored rows; null when the topic has none. */
    TopicProjection load(int generation, String topicId) {
        TopicStateRecord topic = session.createSelectionQuery(
                "from TopicStateRecord where generation = :generation and topicId = :topicId", TopicStateRecord.class)
                .setParameter("generation", generation).setParameter("topicId", topicId).getSingleResultOrNull();
        if (topic == null) {
            return null;
        }
        return codec.projection(topic, session.createSelectionQuery(
                "from TimelineEntryRecord where generation = :generation and topicId = :topicId", TimelineEntryRecord.class)
                .setParameter("generation", generation).setParameter("topicId", topicId).getResultList());
    }

    void write(int generation, Collection<TopicChanges> changes) {
        List<TimelineEntryRecord> removed = new ArrayList<>();
        List<TimelineEntryRecord> inserted = new ArrayList<>();
        List<TimelineEntryRecord> updated = new ArrayList<>();
        List<TopicStateRecord> newTopics = new ArrayList<>();
        List<TopicStateRecord> changedTopics = new ArrayList<>();
        for (TopicChanges topic : changes) {
            topic.removedEntryIds().forEach(entryId -> removed.add(TimelineEntryRecord.reference(generation, entryId)));
            topic.newEntryIds().forEach(entryId -> inserted.add(codec.entryRecord(generation, topic.projection(), entryId)));
            topic.changedEntryIds().forEach(entryId -> updated.add(codec.entryRecord(generation, topic.projection(),
                    entryId)));
            (topic.topicIsNew() ? newTopics : changedTopics).add(codec.stateRecord(generation, topic.projection()));
        }
        session.deleteMultiple(removed);
        session.insertMultiple(inserted);
        session.updateMultiple(updated);
        session.insertMultiple(newTopics);
        session.updateMultiple(changedTopics);
    }
}
