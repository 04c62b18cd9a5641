package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Axon's JDBC event store with events, metadata and snapshots stored as JSON text, so that a
 * stored event can be read with plain SQL. The schema comes from the Flyway migrations beside
 * this class ({@code db/migration/common}, and {@code db/migration/{vendor}} where the dialects differ).
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
public class EventStoreConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return EventJson.serializer();
    }

    /**
     * A unique-key violation (SQL state 23505 on PostgreSQL and H2) on append means another command
     * wrote the same aggregate sequence first: Axon then raises a concurrency exception, not a failure.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** The tables and columns of the Flyway migrations, in SQL's usual snake case. */
    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EventLog.EVENT_TABLE)
                .snapshotTable(EventLog.SNAPSHOT_TABLE)
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The event store. Events written by another process (the command side) are found when a notification
     * says so ({@link TrackerEventStore#readNewEventsSoon()}, on PostgreSQL) or else by polling;
     * {@code tracker.event-store.fetch-delay} (default 100 ms) bounds how long an idle reader waits.
     */
    @Bean(name = "eventBus")
    public TrackerEventStore eventStore(EventStorageEngine storageEngine,
                                        org.axonframework.config.Configuration configuration,
                                        @Value("${tracker.event-store.fetch-delay:100ms}") Duration fetchDelay,
                                        @Value("${tracker.event-store.gather-for:100ms}") Duration gatherFor) {
        return new TrackerEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS), gatherFor);
    }

    /**
     * The storage engine. A service that snapshots its aggregates may provide a serializer qualified
     * {@code snapshotSerializer} and {@link SnapshotFilter} beans deciding (alone) which stored snapshots are still usable.
     * {@code tracker.event-store.batch-size} (default 500) events are read per query, by processors and by
     * aggregate loading alike (Axon's default of 100 made a replay of the store mostly round trips).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(EventSchema eventSchema,Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 @Qualifier("snapshotSerializer") ObjectProvider<Serializer> snapshotSerializer,
                                                 ObjectProvider<SnapshotFilter> snapshotFilters,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${tracker.event-store.batch-size:500}") int batchSize) {
        return new TrackerJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .batchSize(batchSize)
                .snapshotSerializer(snapshotSerializer.getIfAvailable(() -> serializer))
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                // a service's own filters replace Axon's per-aggregate revision filter, which would refuse
                // every snapshot whose revision is not the aggregate's @Revision (none of ours have one)
                .snapshotFilter(snapshotFilters.orderedStream().reduce(SnapshotFilter::combine)
                        .orElseGet(configuration::snapshotFilter))
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                // the insert returns each event's global position: a receipt needs no query for it
                .appendEvents(AppendedPositions.statementBuilder()));
    }
}
