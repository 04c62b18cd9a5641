package pl.zmp.tracker.command.axon;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreUnavailableExceptionTest {

    @Test
    void lostOrRefusedConnectionsAreRecognisedHoweverDeeplyWrapped() {
        assertThat(StoreUnavailableException.isConnectionFailure(new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(StoreUnavailableException.isConnectionFailure(new EventStoreException("read failed",
                new JdbcException("statement", new SQLException("I/O error", "08006"))))).isTrue();
        assertThat(StoreUnavailableException.isConnectionFailure(
                new JdbcException("statement", new RuntimeException(new ConnectException("refused"))))).isTrue();
    }

    @Test
    void driverAndPoolQuirksOnADroppedConnectionAreRecognisedByWhereTheyAreThrown() {
        assertThat(StoreUnavailableException.isConnectionFailure(thrownFrom(new AssertionError("should not throw"),
                "org.postgresql.jdbc.BatchResultHandler"))).isTrue();
        assertThat(StoreUnavailableException.isConnectionFailure(new JdbcException("statement", thrownFrom(
                new SQLException("Connection is closed"), "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection"))))
                .isTrue();
        assertThat(StoreUnavailableException.isConnectionFailure(new AssertionError("a bug of ours"))).isFalse();
        assertThat(StoreUnavailableException.isConnectionFailure(new SQLException("Connection is closed"))).isFalse();
    }

    @Test
    void refusalsAndOtherDatabaseErrorsAreNotOutages() {
        assertThat(StoreUnavailableException.isConnectionFailure(
                CommandRejectedException.conflict("DUPLICATE_CODE", "taken"))).isFalse();
        assertThat(StoreUnavailableException.isConnectionFailure(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(StoreUnavailableException.isConnectionFailure(new IllegalStateException("no cause"))).isFalse();
    }

    private static <T extends Throwable> T thrownFrom(T failure, String className) {
        failure.setStackTrace(new StackTraceElement[]{new StackTraceElement(className, "run", null, 1)});
        return failure;
    }
}
