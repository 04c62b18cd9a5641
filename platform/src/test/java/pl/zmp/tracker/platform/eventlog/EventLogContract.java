package pl.zmp.tracker.platform.eventlog;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.platform.eventstore.EventStoreConfiguration;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link EventLog} answers, on a store Axon wrote: the same checks run on H2 (PostgreSQL mode) and on a
 * real PostgreSQL. The store holds a project P with a registration, a status change and a remark, a project Q
 * with only its registration, and a municipality M: five events, one second apart.
 */
abstract class EventLogContract {

    static final Instant T = Instant.parse("2026-05-01T12:00:00Z");
    static final String P = UUID.randomUUID().toString();
    static final String Q = UUID.randomUUID().toString();
    static final String M = UUID.randomUUID().toString();

    public record Noted(String text) {
    }

    public record StatusNoted(String to) {
    }

    /** The store's rows in global order, as the log reads them. */
    static List<EventRow> stored;
    static EventLog log;
    static JdbcTemplate jdbc;

    /** Migrates the schema on {@code dataSource} ({@code vendor}: h2 or postgresql), appends the events and reads them back. */
    static void fill(DataSource dataSource, String vendor, String... schemas) {
        Flyway.configure().dataSource(dataSource).schemas(schemas)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                .schema(new EventStoreConfiguration().eventSchema())
                .dataType(String.class)
                .build()
                .appendEvents(List.of(
                        event("Project", P, 0, new Noted("registered"), "h0", T),
                        event("Project", P, 1, new StatusNoted("IMPLEMENTATION"), "h1", T.plusSeconds(1)),
                        event("Project", P, 2, new Noted("remark"), "h2", T.plusSeconds(2)),
                        event("Project", Q, 0, new Noted("registered only"), "h3", T.plusSeconds(3)),
                        event("Municipality", M, 0, new Noted("municipality"), "h4", T.plusSeconds(4))));
        log = new EventLog(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        List<EventRow> rows = new ArrayList<>();
        log.read(EventFilter.ALL, null, rows::add);
        stored = List.copyOf(rows);
    }

    private static EventMessage<?> event(String type, String id, long sequence, Object payload, String hash,
                                         Instant time) {
        return new GenericDomainEventMessage<>(type, id, sequence,
                new GenericMessage<>(payload, Map.of("hash", hash)), time);
    }

    static EventRow row(int n) {
        return stored.get(n);
    }

    @Test
    void readsEveryEventBackInGlobalOrderWithItsColumns() {
        assertThat(stored).extracting(EventRow::aggregateIdentifier).containsExactly(P, P, P, Q, M);
        assertThat(stored).extracting(EventRow::globalIndex).isSorted().doesNotHaveDuplicates();
        EventRow status = row(1);
        assertThat(status.type()).isEqualTo("Project");
        assertThat(status.sequenceNumber()).isEqualTo(1);
        assertThat(status.payloadType()).isEqualTo(StatusNoted.class.getName());
        assertThat(status.payload()).isEqualTo("{\"to\":\"IMPLEMENTATION\"}");
        assertThat(status.metaData()).contains("\"hash\":\"h1\"");
        assertThat(Instant.parse(status.timeStamp())).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void knowsWhichAggregatesOfWhichTypeExist() {
        assertThat(log.exists(AggregateType.PROJECT, P)).isTrue();
        assertThat(log.exists(AggregateType.MUNICIPALITY, M)).isTrue();
        assertThat(log.exists(AggregateType.MUNICIPALITY, P)).isFalse();
        assertThat(log.exists(AggregateType.PROJECT, UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void knowsWhichEventsAreStoredAndWhere() {
        assertThat(log.contains(row(1).eventIdentifier())).isTrue();
        assertThat(log.contains(UUID.randomUUID().toString())).isFalse();
        assertThat(log.positionOf(row(3).eventIdentifier())).isEqualTo(row(3).globalIndex());
        assertThat(log.count()).isEqualTo(5);
        assertThat(log.head()).isEqualTo(row(4).globalIndex());
    }

    @Test
    void tellsWhereAnAggregateStandsZerosForNone() {
        assertThat(log.positionOfAggregate(P)).isEqualTo(new EventLog.AggregatePosition(2, row(2).globalIndex()));
        assertThat(log.positionOfAggregate(UUID.randomUUID().toString()))
                .isEqualTo(new EventLog.AggregatePosition(0, 0));
    }

    @Test
    void findsThePositionReachedAtAMomentInclusively() {
        assertThat(log.positionAt(T.minusMillis(1))).isEqualTo(-1);
        assertThat(log.positionAt(T.plusSeconds(1))).isEqualTo(row(1).globalIndex());
        assertThat(log.positionAt(T.plusMillis(1_500))).isEqualTo(row(1).globalIndex());
        assertThat(log.positionAt(T.plusSeconds(60))).isEqualTo(row(4).globalIndex());
    }

    @Test
    void readsTheMetadataTheNextEventOfAnAggregateChainsTo() {
        assertThat(log.metaDataBefore(P, 3)).hasValueSatisfying(metaData -> assertThat(metaData).contains("h2"));
        assertThat(log.metaDataBefore(P, 2)).hasValueSatisfying(metaData -> assertThat(metaData).contains("h1"));
        assertThat(log.metaDataBefore(P, 0)).isEmpty();
        assertThat(log.metaDataBefore(UUID.randomUUID().toString(), 1)).isEmpty();
    }

    @Test
    void readsTheLatestPayloadOfATypeOrElseTheFirstEvent() {
        String statusChange = StatusNoted.class.getName();
        assertThat(log.latestPayload(AggregateType.PROJECT, P, statusChange)).hasValue("{\"to\":\"IMPLEMENTATION\"}");
        assertThat(log.latestPayload(AggregateType.PROJECT, Q, statusChange)).hasValue("{\"text\":\"registered only\"}");
        assertThat(log.latestPayload(AggregateType.PROJECT, M, statusChange)).isEmpty();
    }

    @Test
    void readsABatchAfterAPosition() {
        assertThat(log.after(row(1).globalIndex(), 2)).containsExactly(row(2), row(3));
        assertThat(log.after(row(4).globalIndex(), 500)).isEmpty();
    }

    @Test
    void pagesAnAggregatesHistoryBySequence() {
        assertThat(log.history(P, 2, 1)).containsExactly(row(1), row(2));
        assertThat(log.count(EventFilter.ofAggregate(P))).isEqualTo(3);
    }

    @Test
    void selectsByTypeTimeAndPositionAndMatchesSimpleNamesLiterally() {
        assertThat(log.page(new EventFilter(null, "Project", null, null, null, null), 2, 1))
                .containsExactly(row(1), row(2));
        assertThat(log.count(new EventFilter("Noted", null, null, null, null, null))).isEqualTo(4);
        assertThat(log.count(new EventFilter("N_ted", null, null, null, null, null))).isZero();
        assertThat(log.count(new EventFilter(StatusNoted.class.getName(), null, null, null, null, null))).isEqualTo(1);
        assertThat(log.count(new EventFilter(null, null, null, T.plusSeconds(1), T.plusSeconds(3), null)))
                .isEqualTo(2);
        assertThat(log.count(EventFilter.ALL.after(row(2).globalIndex()))).isEqualTo(2);
    }

    @Test
    void streamsUpToALimitAndStopsWhenTheReaderHasEnough() {
        List<EventRow> limited = new ArrayList<>();
        log.read(EventFilter.ALL, 3, limited::add);
        List<EventRow> stopped = new ArrayList<>();
        log.read(EventFilter.ALL, null, row -> stopped.add(row) && stopped.size() < 2);

        assertThat(limited).containsExactly(row(0), row(1), row(2));
        assertThat(stopped).containsExactly(row(0), row(1));
    }

    @Test
    void readsEventsBesideTheRowsAnotherTableNotesForThemAndFindsNotesWithoutEvent() {
        jdbc.execute("create table if not exists event_note (global_index bigint primary key, note varchar(50))");
        jdbc.update("delete from event_note");
        jdbc.update("insert into event_note values (?, 'noted'), (?, 'orphan')", row(1).globalIndex(),
                row(4).globalIndex() + 1_000);
        List<String> all = new ArrayList<>();
        log.readWithNotes("event_note", "n.global_index as note_index, n.note as note", null,
                (event, note) -> all.add(event.sequenceNumber() + ":" + note.getString("note")));
        List<String> ofP = new ArrayList<>();
        log.readWithNotes("event_note", "n.note as note", P,
                (event, note) -> ofP.add(event.globalIndex() + ":" + note.getString("note")));

        assertThat(all).containsExactly("0:null", "1:noted", "2:null", "0:null", "0:null");
        assertThat(ofP).containsExactly(row(0).globalIndex() + ":null", row(1).globalIndex() + ":noted",
                row(2).globalIndex() + ":null");
        assertThat(jdbc.queryForList("select n.global_index from event_note n where "
                + EventLog.noEventAt("n.global_index"), Long.class)).containsExactly(row(4).globalIndex() + 1_000);
    }
}
