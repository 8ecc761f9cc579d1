package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import org.negotiationtracker.domain.TopicProjection;

/** Writes a topic's changed read-model rows, inside the caller's transaction. */
@ApplicationScoped
class ReadModelWriter {

    private final ReadModelCodec codec;

    ReadModelWriter(ReadModelCodec codec) {
        this.codec = codec;
    }

    /**
     * @param existedBefore the entry ids that had rows before these changes
     * @param changed       entries now holding new reports
     * @param removed       entries merged into others
     */
    void write(TopicProjection projection, boolean topicIsNew, Set<String> existedBefore, Collection<String> changed,
               Collection<String> removed) {
        for (String entryId : removed) {
            if (existedBefore.contains(entryId)) {
                TimelineEntryRecord.deleteById(entryId);
            }
        }
        for (String entryId : changed) {
            TimelineEntryRecord record = codec.entryRecord(projection, entryId);
            if (existedBefore.contains(entryId)) {
                TimelineEntryRecord.update("reports = ?1 where entryId = ?2", record.reports, entryId);
            } else {
                record.persist();
            }
        }
        TopicStateRecord state = codec.stateRecord(projection);
        if (topicIsNew) {
            state.persist();
        } else {
            TopicStateRecord.update("status = ?1, version = ?2, position = ?3, reportCount = ?4, lastEventAt = ?5, "
                            + "state = ?6 where topicId = ?7", state.status, state.version, state.position,
                    state.reportCount, state.lastEventAt, state.state, state.topicId);
        }
    }
}
