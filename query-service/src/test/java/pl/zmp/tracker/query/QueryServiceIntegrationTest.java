package pl.zmp.tracker.query;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.query.projection.ProjectionProgress;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole query-service against the embedded MongoDB and an H2 event store (schema by the same
 * Flyway migrations as production); one shared context for all such tests.
 */
@SignedIn
@SpringBootTest(properties = {
        "spring.config.name=query-service",
        "spring.datasource.url=jdbc:h2:mem:query-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.hikari.read-only=false",
        "spring.flyway.enabled=true",
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
        "spring.autoconfigure.exclude=",
        "tracker.consistency.max-wait=3s"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No printing of exchanges: an export streams its body on another thread while the printer would read its
// headers. One setting for all: a second context would run a second live processor on the same stores.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
public abstract class QueryServiceIntegrationTest {

    /** An Authorization header for requests over real HTTP: the embedded default's demo viewer. */
    protected static final String VIEWER_AUTHORIZATION = SignedIn.VIEWER_AUTHORIZATION;

    @Autowired
    private ProjectionProgress progress;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    /**
     * Starts a projection a test held back, and waits until it has claimed all its segments again (a claim
     * can wait for the token claim interval) and caught up: until then the positions of this node's
     * claimed segments alone would count as reached.
     */
    protected void resume(StreamingEventProcessor processor) throws InterruptedException {
        if (!processor.isRunning()) {
            processor.start();
        }
        await("all segments of " + processor.getName() + " claimed").atMost(Duration.ofSeconds(20))
                .until(() -> processor.processingStatus().values().stream()
                        .mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum() >= 1.0);
        awaitProjectionsCaughtUp();
    }

    /** Lets events other tests appended finish projecting, so they cannot land in a read model a test just set up. */
    protected void awaitProjectionsCaughtUp() throws InterruptedException {
        long head = progress.head();
        assertThat(progress.awaitPosition(head, Duration.ofSeconds(10)))
                .as("projections %s should reach %d", progress.positions(), head).isTrue();
    }
}
