package pl.zmp.tracker.query.projection.wake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.platform.eventstore.EventStoreConfiguration;
import pl.zmp.tracker.platform.testing.TestPostgres;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.QueryServiceApplication;
import pl.zmp.tracker.query.SignedIn;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query service apart from the command side, on PostgreSQL, with its event store polling only every 30 s:
 * an event another writer appends is projected within seconds all the same, because the append's notification
 * wakes the reader; health says that the service listens.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class QueryServiceWakesOnNewEventsTest {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "");
    private static final String SCHEMA = "wakeup_" + RUN;
    private static final String DATABASE = "wakeup" + RUN;

    private final DriverManagerDataSource eventStoreDb = new DriverManagerDataSource(
            TestPostgres.url() + "?currentSchema=" + SCHEMA, TestPostgres.user(), TestPostgres.password());
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext service;

    @AfterEach
    void cleanUp() {
        if (service != null) {
            service.close();
        }
        TestPostgres.dropSchema(SCHEMA);
    }

    @Test
    void anEventAnotherWriterAppendsIsProjectedLongBeforeThePoll() throws Exception {
        Flyway.configure().dataSource(eventStoreDb).schemas(SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        String mongo = EmbeddedMongo.uri();
        service = QueryServiceApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.url() + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--spring.data.mongodb.uri=" + mongo.substring(0, mongo.lastIndexOf('/') + 1) + DATABASE,
                "--tracker.event-store.fetch-delay=30s");
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/actuator/health")
                .at("/components/eventNotifications/details/listening").asBoolean());

        // the first event brings the live read models to the head of the store, where they wait on its reader
        MunicipalityId first = append("Görlitz");
        await().atMost(Duration.ofSeconds(40)).until(() -> status("/api/municipalities/" + first.value()) == 200);

        MunicipalityId second = append("Zgorzelec");

        await().atMost(Duration.ofSeconds(5)).until(() -> status("/api/municipalities/" + second.value()) == 200);
        assertThat(get("/api/municipalities/" + second.value()).path("name").asText()).isEqualTo("Zgorzelec");
    }

    /** Appends a municipality's registration as another process (the command service) would. */
    private MunicipalityId append(String name) {
        EventStoreConfiguration eventStore = new EventStoreConfiguration();
        MunicipalityId id = MunicipalityId.newId();
        JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(eventStoreDb))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                .schema(eventStore.eventSchema())
                .dataType(String.class)
                .build()
                .appendEvents(List.of(new GenericDomainEventMessage<>("Municipality", id.value(), 0,
                        new MunicipalityRegistered(id, name, MunicipalityKind.FOREIGN_MUNICIPALITY,
                                new CountryCode("DE"), null, null, null))));
        return id;
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpRequest request(String path) {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", SignedIn.VIEWER_AUTHORIZATION).build();
    }
}
