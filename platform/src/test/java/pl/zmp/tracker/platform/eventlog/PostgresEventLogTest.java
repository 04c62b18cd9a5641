package pl.zmp.tracker.platform.eventlog;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.platform.testing.TestPostgres;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link EventLogContract} on a real PostgreSQL ({@link TestPostgres}), in a schema of its own dropped afterwards. */
class PostgresEventLogTest extends EventLogContract {

    static final String SCHEMA = "eventlog_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeAll
    static void eventStore() {
        new JdbcTemplate(postgres("")).execute("create schema " + SCHEMA);
        fill(postgres("?currentSchema=" + SCHEMA), "postgresql", SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        new JdbcTemplate(postgres("")).execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void readsTheNewestEventOfAnAggregateWithItsLock() {
        inTransaction(() -> {
            assertThat(log.lockAndReadTip(P).sequenceNumber()).isEqualTo(2);
            assertThat(log.lockAndReadTip(P).metaData()).contains("\"hash\":\"h2\"");
            assertThat(log.lockAndReadTip(UUID.randomUUID().toString())).isEqualTo(new EventLog.Tip(-1, null));
        });
    }

    @Test
    void theNewestEventReadAfterWaitingForTheLockIsWhatTheHolderCommitted() throws Exception {
        String r = UUID.randomUUID().toString();
        insertEvent(r, 0, "r0");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch append = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> held = holder.submit(() -> inTransaction(() -> {
                assertThat(log.lockAndReadTip(r).sequenceNumber()).isZero();
                holding.countDown();
                awaitLatch(append);
                insertEvent(r, 1, "r1");
            }));
            awaitLatch(holding);
            CompletableFuture<EventLog.Tip> waiter = CompletableFuture.supplyAsync(() -> inTransactionGet(() -> log.lockAndReadTip(r)));
            // the waiter cannot have the lock while the holder's transaction is open
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !waiter.isDone());
            append.countDown();
            held.get(10, TimeUnit.SECONDS);

            EventLog.Tip tip = waiter.get(10, TimeUnit.SECONDS);
            assertThat(tip.sequenceNumber()).isEqualTo(1);
            assertThat(tip.metaData()).contains("r1");
        } finally {
            holder.shutdownNow();
        }
    }

    private static void insertEvent(String aggregateId, long sequence, String hash) {
        jdbc.update("insert into domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,"
                        + " aggregate_identifier, sequence_number, type) values (?, ?, '{}', 'Noted', ?, ?, ?, 'Project')",
                UUID.randomUUID().toString(), "{\"hash\":\"" + hash + "\"}", T.toString(), aggregateId, sequence);
    }

    private static <T> T inTransactionGet(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())).execute(status -> work.get());
    }

    private static void inTransaction(Runnable work) {
        inTransactionGet(() -> {
            work.run();
            return null;
        });
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static DriverManagerDataSource postgres(String parameters) {
        return new DriverManagerDataSource(TestPostgres.url() + parameters, TestPostgres.user(), TestPostgres.password());
    }
}
