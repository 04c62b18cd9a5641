package pl.zmp.tracker.query.web;

import pl.zmp.tracker.platform.testing.TcpProxy;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.QueryServiceApplication;
import pl.zmp.tracker.query.SignedIn;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query-service losing its MongoDB (through a proxy that drops every connection and refuses new
 * ones): queries answer 503 with Retry-After, projections pause, and once MongoDB is back they resume
 * by themselves and the read model catches up with everything appended meanwhile.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadStoreOutageTest {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "");
    private static final String DATABASE = "outage" + RUN;

    private final HttpClient http = HttpClient.newHttpClient();
    private TcpProxy proxy;
    private ConfigurableApplicationContext queryService;

    @AfterEach
    void stop() throws Exception {
        if (queryService != null) {
            queryService.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void queriesAnswer503WhileMongoIsUnreachableAndProjectionsCatchUpOnceItIsBack() throws Exception {
        URI mongo = URI.create(EmbeddedMongo.uri());
        proxy = TcpProxy.start(mongo.getHost(), mongo.getPort());
        queryService = QueryServiceApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:outage" + RUN
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.hikari.read-only=false",
                "--spring.flyway.enabled=true",
                "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
                "--spring.autoconfigure.exclude=",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/" + DATABASE
                        + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000",
                "--tracker.consistency.max-wait=1s");
        MunicipalityId before = MunicipalityId.newId();
        register(before, "Görlitz");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/municipalities/" + before.value()).statusCode() == 200);

        proxy.cut();

        HttpResponse<String> refused = get("/api/municipalities/" + before.value());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("READ_STORE_UNAVAILABLE");
        // the write side goes on: these are projected once MongoDB is back
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            MunicipalityId id = MunicipalityId.newId();
            register(id, "Stadt " + i);
            rename(id, "Ort " + i);
            names.put(id.value(), "Ort " + i);
        }
        rename(before, "Zgorzelec");
        names.put(before.value(), "Zgorzelec");

        proxy.restore();

        try (MongoClient direct = MongoClients.create(EmbeddedMongo.uri())) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                Map<String, String> viewNames = new HashMap<>();
                direct.getDatabase(DATABASE).getCollection("municipalities").find()
                        .forEach(view -> viewNames.put(view.getString("_id"), view.getString("name")));
                assertThat(viewNames).isEqualTo(names);
            });
            Map<String, Long> versions = new HashMap<>();
            direct.getDatabase(DATABASE).getCollection("municipalities").find()
                    .forEach(view -> versions.put(view.getString("_id"), ((Number) view.get("version")).longValue()));
            Map<String, Long> lastEvents = new HashMap<>();
            queryService.getBean(JdbcTemplate.class).query("select aggregate_identifier, max(sequence_number)"
                    + " from domain_event_entry group by aggregate_identifier", row -> {
                        lastEvents.put(row.getString(1), row.getLong(2));
                    });
            assertThat(versions).isEqualTo(lastEvents);
        }
        assertThat(get("/api/municipalities/" + before.value()).statusCode()).isEqualTo(200);
    }

    private void register(MunicipalityId id, String name) {
        queryService.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0,
                new MunicipalityRegistered(id, name, MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("DE"),
                        null, null, null)));
    }

    private void rename(MunicipalityId id, String name) {
        long next = queryService.getBean(JdbcTemplate.class).queryForObject(
                "select max(sequence_number) + 1 from domain_event_entry where aggregate_identifier = ?",
                Long.class, id.value());
        queryService.getBean(EventStore.class).publish(
                new GenericDomainEventMessage<>("Municipality", id.value(), next, new MunicipalityRenamed(id, name)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = queryService.getEnvironment().getProperty("local.server.port", Integer.class);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", SignedIn.VIEWER_AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
