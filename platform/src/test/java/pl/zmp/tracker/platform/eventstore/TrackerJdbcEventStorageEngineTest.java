package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.events.EventJson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine streams to processors is what was stored, its recording time to the nanosecond included. */
class TrackerJdbcEventStorageEngineTest {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:engine-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    private final TrackerJdbcEventStorageEngine engine;

    TrackerJdbcEventStorageEngineTest() {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        engine = new TrackerJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                .schema(new EventStoreConfiguration().eventSchema())
                .dataType(String.class));
    }

    @Test
    void streamsEachEventWithItsStoredTimestampAndIdentity() {
        List<Instant> recorded = List.of(Instant.parse("2018-06-01T10:15:30Z"), Instant.parse("2024-02-29T23:59:59.123Z"),
                Instant.parse("2026-11-30T02:12:21.123456Z"), Instant.parse("2026-11-30T02:12:21.123456789Z"));
        for (int i = 0; i < recorded.size(); i++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Project", "p-1", i, "note " + i, null).andMetaData(
                    Map.of("n", i)));
        }
        // the recording times in the forms a row can hold: Axon writes milliseconds, other writers more or an offset
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < recorded.size(); i++) {
            jdbc.update("update domain_event_entry set time_stamp = ? where sequence_number = ?",
                    recorded.get(i).toString(), i);
        }
        jdbc.update("update domain_event_entry set time_stamp = ? where sequence_number = 0", "2018-06-01T12:15:30+02:00");

        List<? extends TrackedEventMessage<?>> streamed = engine.readEvents(null, false).toList();

        assertThat(streamed).extracting(TrackedEventMessage::getTimestamp).containsExactlyElementsOf(recorded);
        assertThat(streamed).extracting(event -> (Object) event.getPayload()).containsExactly("note 0", "note 1", "note 2", "note 3");
        assertThat(streamed).allSatisfy(event -> {
            DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
            assertThat(domainEvent.getAggregateIdentifier()).isEqualTo("p-1");
            assertThat(domainEvent.getType()).isEqualTo("Project");
        });
        assertThat(streamed).extracting(event -> ((DomainEventMessage<?>) event).getSequenceNumber()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(streamed).extracting(event -> event.getMetaData().get("n")).containsExactly(0, 1, 2, 3);
    }
}
