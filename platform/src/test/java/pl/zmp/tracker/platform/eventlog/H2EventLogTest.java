package pl.zmp.tracker.platform.eventlog;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

/** {@link EventLogContract} on H2 in PostgreSQL mode, as the services run it in development and tests. */
class H2EventLogTest extends EventLogContract {

    @BeforeAll
    static void eventStore() {
        fill(new DriverManagerDataSource("jdbc:h2:mem:eventlog-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "sa", ""),
                "h2");
    }
}
