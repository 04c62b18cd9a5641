package pl.zmp.tracker.command.axon;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * The event store's database could not be reached while a command was handled. The command's
 * transaction was rolled back, so nothing of it is stored and the client may send it again.
 */
public class StoreUnavailableException extends RuntimeException {

    /** SQL state class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** pgjdbc 42.7 reports a connection lost during a batch insert as an AssertionError thrown from here. */
    private static final String PGJDBC_BATCH_RESULT = "org.postgresql.jdbc.BatchResultHandler";
    /** Hikari answers the use of a connection it evicted as broken with an SQLException without state, from here. */
    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    StoreUnavailableException(Throwable cause) {
        super("the event store cannot be reached", cause);
    }

    /** Whether the failure, or anything that caused it, says the database connection was lost or refused. */
    static boolean isConnectionFailure(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SocketException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || t instanceof AssertionError && thrownBy(t, PGJDBC_BATCH_RESULT)
                    || t instanceof SQLException && thrownBy(t, HIKARI_CLOSED_CONNECTION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thrownBy(Throwable t, String className) {
        return t.getStackTrace().length > 0 && className.equals(t.getStackTrace()[0].getClassName());
    }
}
