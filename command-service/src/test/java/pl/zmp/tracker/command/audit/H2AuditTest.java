package pl.zmp.tracker.command.audit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

/** Tamper evidence on the embedded default's event store (H2 in PostgreSQL mode), in a database of its own. */
@CommandServiceIntegrationTest
class H2AuditTest extends AuditContract {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:audit-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.add("tracker.audit.seal-interval", () -> "0s");
    }
}
