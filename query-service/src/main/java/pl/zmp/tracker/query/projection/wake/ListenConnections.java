package pl.zmp.tracker.query.projection.wake;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens the connection that listens for new events: a connection of its own, outside the pool. */
@FunctionalInterface
public interface ListenConnections {

    Connection open() throws SQLException;

    /**
     * Connections to the database of the event store's pool, with the pool's settings, named
     * {@code applicationName} in PostgreSQL's {@code pg_stat_activity} (unless the URL names them).
     */
    static ListenConnections like(DataSource pooled, String applicationName) throws SQLException {
        HikariDataSource pool = pooled.unwrap(HikariDataSource.class);
        Properties settings = new Properties();
        settings.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            PGProperty.USER.set(settings, pool.getUsername());
        }
        if (pool.getPassword() != null) {
            PGProperty.PASSWORD.set(settings, pool.getPassword());
        }
        PGProperty.APPLICATION_NAME.set(settings, applicationName);
        String url = pool.getJdbcUrl();
        return () -> DriverManager.getConnection(url, settings);
    }
}
