package pl.zmp.tracker.platform.eventlog;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.platform.testing.TestPostgres;

import java.util.UUID;

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

    private static DriverManagerDataSource postgres(String parameters) {
        return new DriverManagerDataSource(TestPostgres.url() + parameters, TestPostgres.user(), TestPostgres.password());
    }
}
