package pl.zmp.tracker.query.audit;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.testing.TestPostgres;
import pl.zmp.tracker.query.web.PageOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.zmp.tracker.query.audit.AuditLogTestSupport.event;

/**
 * The audit log's SQL on a real PostgreSQL (where {@link TestPostgres} finds one), in
 * a schema of its own that is dropped afterwards. The time column gets a linguistic (ICU, Polish)
 * collation, as a database created with a Polish locale would have, to show the time filter does
 * not depend on byte-wise ordering.
 */
class AuditLogPostgresTest {

    static final String SCHEMA = "audit_" + UUID.randomUUID().toString().replace("-", "");
    static final Instant T = Instant.parse("2026-05-01T12:00:00Z");

    static DriverManagerDataSource dataSource;
    static AuditLog log;
    static final String PROJECT = UUID.randomUUID().toString();
    static final String RECRUITMENT = UUID.randomUUID().toString();

    @BeforeAll
    static void eventStore() {
        new JdbcTemplate(postgres("")).execute("create schema " + SCHEMA);
        dataSource = postgres("?currentSchema=" + SCHEMA);
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        new JdbcTemplate(dataSource).execute(
                "alter table domain_event_entry alter column time_stamp type varchar(255) collate \"pl-x-icu\"");
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(event("Project", PROJECT, 0, new AuditedRemark("before"), "anonymous", T.minusMillis(1)));
        events.add(event("Project", PROJECT, 1, new AuditedRemark("at from"), "koordynator:Łucja", T));
        events.add(event("Recruitment", RECRUITMENT, 0, new AuditedRemark("recruitment"), "anonymous", T.plusMillis(10)));
        events.add(event("Project", PROJECT, 2, new AuditedRemark("inside"), "koordynator:Łucja", T.plusMillis(999)));
        events.add(event("Project", PROJECT, 3, new AuditedRemark("at to"), "anonymous", T.plusSeconds(1)));
        for (int i = 0; i < 1_200; i++) {
            events.add(event("Exhibition", UUID.randomUUID().toString(), 0, new AuditedRemark("bulk " + i),
                    "bulk", T.plusSeconds(3600)));
        }
        JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                .schema(EventSchema.builder().eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                        .globalIndexColumn("global_index").timestampColumn("time_stamp")
                        .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number").typeColumn("type").payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision").payloadColumn("payload")
                        .metaDataColumn("meta_data").build())
                .dataType(String.class)
                .build()
                .appendEvents(events);
        log = new AuditLog(new EventLog(dataSource), new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void dropSchema() {
        new JdbcTemplate(postgres(""))
                .execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void readsAnAggregatesHistoryPageBySequence() {
        PageOf<AuditEvent> page = log.history(PROJECT, 1, 2);

        assertThat(page.items()).extracting(AuditEvent::sequence).containsExactly(2L, 3L);
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.items().get(0).payload().get("text").asText()).isEqualTo("inside");
        assertThat(page.items().get(0).actor()).isEqualTo("koordynator:Łucja");
    }

    @Test
    void filtersByTimeFromInclusiveToExclusiveWhateverTheColumnsCollation() {
        AuditLogPage page = log.page(filter(null, null, null, PROJECT, T, T.plusSeconds(1)), 0, 10);

        assertThat(texts(page)).containsExactly("at from", "inside");
    }

    @Test
    void filtersByTypesActorAndIdAndMatchesEventTypeLiterally() {
        assertThat(texts(log.page(filter(null, null, "Recruitment", null, null, null), 0, 10)))
                .containsExactly("recruitment");
        assertThat(texts(log.page(filter("koordynator:Łucja", "AuditedRemark", null, null, null, null), 0, 10)))
                .containsExactly("at from", "inside");
        assertThat(log.page(filter(null, "Audited_emark", null, null, null, null), 0, 10).totalItems()).isZero();
        assertThat(log.page(filter(null, AuditedRemark.class.getName(), "Project", PROJECT, null, null), 0, 10)
                .totalItems()).isEqualTo(4);
    }

    @Test
    void readsOnByPositionAndStreamsTheWholeSelection() {
        AuditLogPage first = log.after(filter("bulk", null, null, null, null, null), 0, 500);
        AuditLogPage second = log.after(filter("bulk", null, null, null, null, null), first.nextAfterPosition(), 500);
        List<String> exported = new ArrayList<>();
        log.export(filter(null, null, "Exhibition", null, null, null), event -> exported.add(event.payloadText()));

        assertThat(first.items()).hasSize(500);
        assertThat(second.items().get(0).payload().get("text").asText()).isEqualTo("bulk 500");
        assertThat(exported).hasSize(1_200).endsWith("{\"text\":\"bulk 1199\"}");
    }

    private static AuditFilter filter(String actor, String eventType, String aggregateType, String aggregateId,
                                      Instant from, Instant to) {
        return new AuditFilter(actor, null, eventType, aggregateType, aggregateId, from, to, null);
    }

    private static List<String> texts(AuditLogPage page) {
        return page.items().stream().map(e -> e.payload().get("text").asText()).toList();
    }

    private static DriverManagerDataSource postgres(String parameters) {
        return new DriverManagerDataSource(TestPostgres.url() + parameters, TestPostgres.user(), TestPostgres.password());
    }
}
