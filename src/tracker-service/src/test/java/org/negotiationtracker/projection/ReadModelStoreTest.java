package org.negotiationtracker.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EntryChange;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;

/**
 * The projector's rows, written in plain JDBC, read back as the projection they were written from, by the projector
 * and by the read side's entities alike; the JSON columns keep the text as written (json, not jsonb, since V8).
 * Each test writes into a generation of its own and rolls back, so the projector never sees its rows.
 */
@QuarkusTest
class ReadModelStoreTest {

    private static final int GENERATION = 1_000_000;
    private static final String TOPIC = "store-test";

    @Inject
    ReadModelStore store;

    @Inject
    ReadModelCodec codec;

    @Inject
    TopicQueries queries;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsWrittenReadBackAsTheProjectionTheyCameFrom() throws Exception {
        TopicProjection projection = topic();
        fold(projection, report("a", "2019-01-14", "Sergey Lavrov", "Taro Kono"));
        fold(projection, report("b", "2019-01-14", "Taro Kono"));
        fold(projection, report("c", "2019-06", "Vladimir Putin"));

        inRolledBackTransaction(connection -> {
            store.write(connection, GENERATION, List.of(new ReadModelStore.TopicChanges(projection,
                    projection.entryIds(), Set.of(), Set.of())));

            TopicProjection loaded = store.load(connection, GENERATION, TOPIC);
            assertEquals(projection.state(null), loaded.state(null));
            assertEquals(projection.timeline(null), loaded.timeline(null));
            assertEquals(codec.write(projection.state(null)), queries.currentStateJson(GENERATION, TOPIC).orElseThrow());
            assertEquals(projection.timeline(null), queries.timeline(GENERATION, TOPIC, null).orElseThrow());
        });
    }

    @Test
    void aLaterWriteReplacesChangedRowsAndDeletesMergedOnes() throws Exception {
        TopicProjection projection = topic();
        fold(projection, report("a", "2019-01-14", "Sergey Lavrov"));
        fold(projection, report("b", "2019-01-14", "Taro Kono"));

        inRolledBackTransaction(connection -> {
            store.write(connection, GENERATION, List.of(new ReadModelStore.TopicChanges(projection,
                    projection.entryIds(), Set.of(), Set.of())));
            assertEquals(2, entryRows(connection));

            // names both: the two entries become one, under the older id
            EntryChange bridged = fold(projection, report("c", "2019-01-14", "Sergey Lavrov", "Taro Kono"));
            assertEquals(Set.of("a"), bridged.changedEntryIds());
            store.write(connection, GENERATION, List.of(new ReadModelStore.TopicChanges(projection,
                    bridged.newEntryIds(), bridged.changedEntryIds(), bridged.removedEntryIds())));

            assertEquals(1, entryRows(connection));
            TopicProjection loaded = store.load(connection, GENERATION, TOPIC);
            assertEquals(projection.state(null), loaded.state(null));
            assertEquals(projection.timeline(null), loaded.timeline(null));
            assertEquals(3, loaded.timeline(null).get(0).reportCount());
        });
    }

    @Test
    void aTopicWithoutRowsLoadsAsNone() throws Exception {
        inRolledBackTransaction(connection -> assertEquals(null, store.load(connection, GENERATION, TOPIC)));
    }

    private TopicProjection topic() {
        return new TopicProjection(new TopicDefinition(TOPIC, "Store test", List.of("Russia", "Japan"), List.of(),
                List.of(), List.of()), 1, 1);
    }

    private long position = 1;

    private EntryChange fold(TopicProjection projection, DiplomaticEvent report) {
        position++;
        return projection.apply(report, projection.version() + 1, position);
    }

    private static DiplomaticEvent report(String id, String occurredAt, String... actors) {
        List<Actor> named = new ArrayList<>();
        for (String actor : actors) {
            named.add(new Actor(actor, null, null));
        }
        return new DiplomaticEvent(id, TOPIC, EventType.MEETING_HELD, PartialDate.parse(occurredAt), null, named,
                "Moscow", "The ministers met.", null,
                new Source("Wire " + id, "https://wire.example/" + id, PartialDate.parse("2019-01-16")), Map.of());
    }

    private static int entryRows(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from timeline_entry where generation = ? and topic_id = ?")) {
            count.setInt(1, GENERATION);
            count.setString(2, TOPIC);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void inRolledBackTransaction(Work work) throws Exception {
        QuarkusTransaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            work.run(connection);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws Exception;
    }
}
