package pl.zmp.tracker.query.projection.wake;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.backoff.FixedBackOff;
import pl.zmp.tracker.platform.testing.TestPostgres;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listener on a real PostgreSQL, with the event table made by the migrations: a committed append wakes it,
 * whoever appends (here plain SQL); appends to another schema's event table do not; it listens again after its
 * connection is killed; stopping it closes its connection and ends its thread.
 */
class NewEventsListenerPostgresTest {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "");
    private static final String SCHEMA = "wake_" + RUN;
    private static final String OTHER_SCHEMA = "wake_other_" + RUN;
    /** How the listener's connection shows in pg_stat_activity. */
    private static final String APPLICATION = "wake-test-" + RUN.substring(0, 12);

    private static final JdbcTemplate server = new JdbcTemplate(dataSource(""));
    private static final JdbcTemplate store = new JdbcTemplate(dataSource("?currentSchema=" + SCHEMA));
    private static final JdbcTemplate otherStore = new JdbcTemplate(dataSource("?currentSchema=" + OTHER_SCHEMA));

    private final AtomicInteger wakes = new AtomicInteger();
    private HikariDataSource pool;
    private NewEventsListener listener;

    @BeforeAll
    static void eventStores() {
        for (String schema : List.of(SCHEMA, OTHER_SCHEMA)) {
            Flyway.configure().dataSource(dataSource("?currentSchema=" + schema)).schemas(schema)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        }
    }

    @AfterAll
    static void dropSchemas() {
        server.execute("drop schema if exists " + SCHEMA + ", " + OTHER_SCHEMA + " cascade");
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aCommittedAppendWakesIt() {
        startListening();

        append(store, "a", 0);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(wakes).hasValue(2));
        assertThat(listener.isListening()).isTrue();
    }

    @Test
    void appendsToAnotherSchemasEventTableDoNotWakeIt() {
        startListening();

        append(otherStore, "b", 0);

        // a notification waiting on the connection is read within one wait of the listener (half a second)
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> wakes.get() == 1);
        append(store, "c", 0);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(wakes).hasValue(2));
    }

    @Test
    void itListensAgainAfterItsConnectionIsKilledAndReadsWhatCameMeanwhile() {
        startListening();
        int killedBackend = backend();

        assertThat(server.queryForObject("select pg_terminate_backend(?)", Boolean.class, killedBackend)).isTrue();

        // listening again: one wake for what may have been appended while it did not listen
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.isListening() && wakes.get() == 2);
        assertThat(backend()).isNotEqualTo(killedBackend);
        append(store, "e", 0);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(wakes).hasValue(3));
    }

    @Test
    void stoppingClosesTheConnectionAndEndsTheThread() {
        startListening();
        Thread thread = listener.thread();

        listener.stop();

        assertThat(thread.isAlive()).isFalse();
        assertThat(listener.isListening()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> backends().isEmpty());
    }

    /** Starts the listener and waits until it listens and has woken once, as it does on every (re)connection. */
    private void startListening() {
        pool = new HikariDataSource();
        pool.setJdbcUrl(TestPostgres.url() + "?currentSchema=" + SCHEMA);
        pool.setUsername(TestPostgres.user());
        pool.setPassword(TestPostgres.password());
        try {
            listener = new NewEventsListener(ListenConnections.like(pool, APPLICATION), wakes::incrementAndGet,
                    new FixedBackOff(100, FixedBackOff.UNLIMITED_ATTEMPTS));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        listener.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.isListening() && wakes.get() == 1);
        assertThat(backends()).hasSize(1);
    }

    private int backend() {
        return backends().get(0);
    }

    private List<Integer> backends() {
        return server.queryForList("select pid from pg_stat_activity where application_name = ?", Integer.class,
                APPLICATION);
    }

    /** An event row, as any writer appends it. */
    private static void append(JdbcTemplate eventStore, String aggregate, long sequence) {
        eventStore.update("insert into domain_event_entry (event_identifier, payload, payload_type, time_stamp,"
                        + " aggregate_identifier, sequence_number, type) values (?, '{}', 'Noted', ?, ?, ?, 'Test')",
                UUID.randomUUID().toString(), "2026-11-29T00:00:00Z", aggregate + RUN, sequence);
    }

    private static DriverManagerDataSource dataSource(String parameters) {
        return new DriverManagerDataSource(TestPostgres.url() + parameters, TestPostgres.user(), TestPostgres.password());
    }
}
