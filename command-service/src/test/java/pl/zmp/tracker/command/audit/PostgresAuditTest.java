package pl.zmp.tracker.command.audit;

import pl.zmp.tracker.platform.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.command.SignedIn;

import java.util.UUID;

/** Tamper evidence on a real PostgreSQL, in a schema of its own that is dropped afterwards. */
@SignedIn
@SpringBootTest(properties = "spring.config.name=command-service")
@AutoConfigureMockMvc
class PostgresAuditTest extends AuditContract {

    static final String SCHEMA = "audit_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        TestPostgres.useSchema(properties, SCHEMA);
        properties.add("tracker.audit.seal-interval", () -> "0s");
    }

    @AfterAll
    static void dropSchema() {
        TestPostgres.dropSchema(SCHEMA);
    }
}
