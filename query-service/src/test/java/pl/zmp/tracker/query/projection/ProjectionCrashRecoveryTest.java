package pl.zmp.tracker.query.projection;

import pl.zmp.tracker.platform.testing.TestPostgres;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.bson.Document;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.platform.eventstore.EventStoreConfiguration;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.QueryServiceApplication;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A query-service process killed (destroyForcibly, no shutdown of any kind) while it projects a large
 * backlog from PostgreSQL into MongoDB; another instance started afterwards takes its segments over
 * once their claims time out, and the read model converges to exactly what the event store holds.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ProjectionCrashRecoveryTest {

    private static final int MUNICIPALITIES = 2_000;
    private static final String RUN = UUID.randomUUID().toString().replace("-", "");
    private static final String SCHEMA = "crash_" + RUN;
    private static final String DATABASE = "crash" + RUN;

    private final DriverManagerDataSource eventStoreDb = new DriverManagerDataSource(
            TestPostgres.url() + "?currentSchema=" + SCHEMA, TestPostgres.user(), TestPostgres.password());
    private Process crashing;
    private ConfigurableApplicationContext survivor;

    @AfterEach
    void cleanUp() {
        if (crashing != null) {
            crashing.destroyForcibly();
        }
        if (survivor != null) {
            survivor.close();
        }
        TestPostgres.dropSchema(SCHEMA);
    }

    @Test
    void readModelConvergesAfterAProjectingInstanceIsKilledAndAnotherTakesOver() throws Exception {
        Flyway.configure().dataSource(eventStoreDb).schemas(SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        appendBacklog();

        crashing = new ProcessBuilder(javaCommand())
                .redirectErrorStream(true)
                .redirectOutput(new File("target", "crashing-query-service.log"))
                .start();
        try (MongoClient mongo = MongoClients.create(EmbeddedMongo.uri())) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> views(mongo) > 0);
            crashing.destroyForcibly().waitFor();
            long projectedBeforeTheCrash = views(mongo);
            assertThat(projectedBeforeTheCrash).as("killed in the middle of the backlog").isLessThan(MUNICIPALITIES);

            survivor = QueryServiceApplication.builder().run(arguments("survivor").toArray(String[]::new));

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(versions(mongo)).isEqualTo(lastEvents()));
            assertThat(owners(mongo)).containsOnly("survivor");
        }
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), QueryServiceApplication.class.getName()));
        command.addAll(arguments("crashing"));
        return command;
    }

    private List<String> arguments(String nodeId) {
        String mongo = EmbeddedMongo.uri();
        return List.of(
                "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.url() + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--spring.data.mongodb.uri=" + mongo.substring(0, mongo.lastIndexOf('/') + 1) + DATABASE,
                "--axon.eventhandling.tokenstore.claim-timeout=2s",
                "--axon.eventhandling.processors." + LiveReadModels.PROCESSOR + ".token-claim-interval=200",
                "--tracker.projections.node-id=" + nodeId);
    }

    /** Each municipality registered and renamed twice: three events each, appended as the write side would. */
    private void appendBacklog() {
        EventStoreConfiguration eventStore = new EventStoreConfiguration();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(eventStoreDb))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                .persistenceExceptionResolver(eventStore.persistenceExceptionResolver())
                .schema(eventStore.eventSchema())
                .dataType(String.class)
                .build();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES; i++) {
            MunicipalityId id = MunicipalityId.newId();
            batch.add(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(id,
                    "Stadt " + i, MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("DE"), null, null, null)));
            batch.add(new GenericDomainEventMessage<>("Municipality", id.value(), 1, new MunicipalityRenamed(id, "Ort " + i)));
            batch.add(new GenericDomainEventMessage<>("Municipality", id.value(), 2, new MunicipalityRenamed(id, "Stadt " + i)));
            if (batch.size() >= 600) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        engine.appendEvents(batch);
    }

    private Map<String, Long> lastEvents() {
        Map<String, Long> last = new HashMap<>();
        new JdbcTemplate(eventStoreDb).query("select aggregate_identifier, max(sequence_number) from domain_event_entry"
                + " group by aggregate_identifier", row -> {
                    last.put(row.getString(1), row.getLong(2));
                });
        return last;
    }

    private static long views(MongoClient mongo) {
        return mongo.getDatabase(DATABASE).getCollection("municipalities").countDocuments();
    }

    private static Map<String, Long> versions(MongoClient mongo) {
        Map<String, Long> versions = new HashMap<>();
        mongo.getDatabase(DATABASE).getCollection("municipalities").find()
                .forEach(view -> versions.put(view.getString("_id"), ((Number) view.get("version")).longValue()));
        return versions;
    }

    private static List<String> owners(MongoClient mongo) {
        List<String> owners = new ArrayList<>();
        mongo.getDatabase(DATABASE).getCollection("trackingtokens")
                .find(new Document("processorName", LiveReadModels.PROCESSOR))
                .forEach(token -> owners.add(token.getString("owner")));
        return owners;
    }
}
