package pl.zmp.tracker.query.projection.wake;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Listens on PostgreSQL's channel {@value #CHANNEL}, which the event table's trigger notifies whenever a
 * transaction that appended events commits (docs/adr/0014), and then runs {@code onNewEvents}: the event store's
 * reader reads them at once instead of at its next poll. Notifications name the schema of the event table they
 * come from; those of other schemas in the same database are not for this service and are let pass.
 * <p>
 * One dedicated connection, on a daemon thread. A dropped connection is opened again after a growing pause; each
 * time it listens again, {@code onNewEvents} runs once for what was appended while nobody listened. A notification
 * that never arrives only delays an event: the reader still polls the store every fetch delay.
 */
public class NewEventsListener implements SmartLifecycle {

    /** The channel the trigger of migration V5 notifies. */
    static final String CHANNEL = "events_appended";

    private static final Logger log = LoggerFactory.getLogger(NewEventsListener.class);
    /** How long one wait for notifications lasts: also how long a stop may take. */
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notification the connection is checked, as a silent network loses it unnoticed. */
    private static final Duration CHECK_WHEN_QUIET = Duration.ofSeconds(10);
    private static final int CHECK_TIMEOUT_SECONDS = 5;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ListenConnections connections;
    private final Runnable onNewEvents;
    private final BackOff reconnectPauses;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    /**
     * @param connections     opens the dedicated connection, once and after each loss
     * @param onNewEvents     what to do when events were appended (or may have been, while nobody listened)
     * @param reconnectPauses how long to wait before each attempt to listen again after a failure
     */
    public NewEventsListener(ListenConnections connections, Runnable onNewEvents, BackOff reconnectPauses) {
        this.connections = connections;
        this.onNewEvents = onNewEvents;
        this.reconnectPauses = reconnectPauses;
    }

    /** Whether the connection is open and listening now (for health and the gauge). */
    public boolean isListening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::listenUntilStopped, "new-events-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The listening thread, while it runs (for tests). */
    synchronized Thread thread() {
        return thread;
    }

    private void listenUntilStopped() {
        BackOffExecution pauses = reconnectPauses.start();
        while (running) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                String schema = eventTableSchema(connection);
                listening = true;
                pauses = reconnectPauses.start();
                onNewEvents.run();
                relayNotifications(connection, schema);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Not listening for new events, the event store polls meanwhile: {}", e.toString());
                }
            } finally {
                listening = false;
            }
            pause(pauses.nextBackOff());
        }
    }

    /** The schema of the event table this service reads: the trigger names it in each notification. */
    private static String eventTableSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select n.nspname from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass(?)")) {
            query.setString(1, EventLog.EVENT_TABLE);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no event table " + EventLog.EVENT_TABLE + " on the search path");
                }
                return row.getString(1);
            }
        }
    }

    /** Runs {@code onNewEvents} for each batch of notifications of the event table in {@code schema}. */
    private void relayNotifications(Connection connection, String schema) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && Arrays.stream(notifications).anyMatch(n -> schema.equals(n.getParameter()))) {
                onNewEvents.run();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > CHECK_WHEN_QUIET.toNanos()) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the connection listening for new events was lost");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** Waits {@code millis}, or until stopped. */
    private void pause(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        long left;
        while (running && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
