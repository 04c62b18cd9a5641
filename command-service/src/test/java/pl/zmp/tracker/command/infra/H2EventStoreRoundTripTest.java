package pl.zmp.tracker.command.infra;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The round trip on the embedded default's event store: H2 in PostgreSQL mode. */
@SpringBootTest(properties = {
        "spring.config.name=command-service",
        "spring.datasource.url=jdbc:h2:mem:roundtrip;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa"})
@AutoConfigureMockMvc
class H2EventStoreRoundTripTest extends EventStoreRoundTripContract {
}
