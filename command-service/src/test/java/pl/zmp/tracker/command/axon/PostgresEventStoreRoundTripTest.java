package pl.zmp.tracker.command.axon;

import pl.zmp.tracker.platform.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.command.SignedIn;

import java.util.UUID;

/**
 * The round trip on a real PostgreSQL (the machine's, or {@code TRACKER_TEST_POSTGRES_URL}), in a
 * schema of its own that is dropped afterwards.
 */
@SignedIn
@SpringBootTest(properties = "spring.config.name=command-service")
@AutoConfigureMockMvc
class PostgresEventStoreRoundTripTest extends EventStoreRoundTripContract {

    static final String SCHEMA = "roundtrip_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        TestPostgres.useSchema(properties, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        TestPostgres.dropSchema(SCHEMA);
    }
}
