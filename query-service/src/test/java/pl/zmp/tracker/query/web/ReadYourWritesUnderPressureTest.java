package pl.zmp.tracker.query.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.projection.LiveReadModels;
import pl.zmp.tracker.query.projection.ProjectionProgress;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hundreds of clients waiting to read their writes hold no request thread: health and ordinary
 * queries are answered at once meanwhile; beyond the cap a wait is refused at once. Over real HTTP,
 * on an event store and read-model database of its own (it holds a projection back), with waits long
 * enough to outlast the test's checks.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:pressure-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.data.mongodb.database=pressure-tests",
        "tracker.projections.node-id=pressure-tests",
        "tracker.consistency.max-wait=60s"})
class ReadYourWritesUnderPressureTest extends QueryServiceIntegrationTest {

    /** More than the default cap of waits per instance (256). */
    private static final int WAITING_CLIENTS = 300;
    private static final int CAP = 256;

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void releaseTheProjection() throws InterruptedException {
        resume(liveReadModels());
    }

    @Test
    void healthAndQueriesStayFastWhileWaitsPileUpAndTheWaitsAreAnsweredOnceTheProjectionCatchesUp() throws Exception {
        append("Dubno");
        awaitProjectionsCaughtUp();
        // as on a service already at work: the viewer's password checked once (BCrypt, slow on purpose) and
        // remembered, the endpoints measured below initialised
        for (String path : List.of("/api/projects", "/actuator/health")) {
            assertThat(http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
        // a stored position the read models will not reach while the projection is held back
        liveReadModels().shutDown();
        long position = append("Ostroh");

        List<CompletableFuture<HttpResponse<String>>> waits = IntStream.range(0, WAITING_CLIENTS)
                .mapToObj(i -> http.sendAsync(request("/api/projects").header("X-Min-Position", Long.toString(position))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();

        // beyond the cap the waits are refused at once, with a code and a time to retry after
        await("the waits beyond the cap to be refused").atMost(Duration.ofSeconds(30))
                .until(() -> answered(waits).size() == WAITING_CLIENTS - CAP);
        assertThat(answered(waits)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"code\":\"PROJECTIONS_BEHIND\"");
        });

        // while the others wait, health and an ordinary query answer within a second
        await("the waits within the cap to be open").atMost(Duration.ofSeconds(5))
                .until(() -> progress.waiting() == CAP);
        assertAnsweredWithinASecond(request("/actuator/health"));
        assertAnsweredWithinASecond(request("/api/projects"));
        assertThat(answered(waits)).hasSize(WAITING_CLIENTS - CAP);

        resume(liveReadModels());
        await("every wait to be answered").atMost(Duration.ofSeconds(20)).until(() -> answered(waits).size() == WAITING_CLIENTS);
        assertThat(waits.stream().map(CompletableFuture::join).filter(response -> response.statusCode() == 200))
                .hasSize(CAP);
    }

    private void assertAnsweredWithinASecond(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(1)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static List<HttpResponse<String>> answered(List<CompletableFuture<HttpResponse<String>>> waits) {
        return waits.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", VIEWER_AUTHORIZATION).GET();
    }

    private StreamingEventProcessor liveReadModels() {
        return processing.eventProcessor(LiveReadModels.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
    }

    private long append(String name) {
        MunicipalityId id = MunicipalityId.newId();
        eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(
                id, name, MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null, null)));
        return progress.head();
    }
}
