package pl.zmp.tracker.query.projection;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.QueryServiceApplication;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

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
 * Two query-service instances (two contexts, node ids query-a and query-b) on one event store and
 * one MongoDB share the projections' segments; when one stops, the other takes its segments over,
 * and the read model ends up exactly what the event store says.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ProjectionHandoverTest {

    private static final String PROCESSOR = LiveReadModels.PROCESSOR;
    private static final String RUN = UUID.randomUUID().toString().replace("-", "");
    private static final String DATABASE = "handover" + RUN;

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final Map<MunicipalityId, String> names = new HashMap<>();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void instancesShareSegmentsAndTheSurvivorTakesOverTheSegmentsOfOneThatStops() {
        ConfigurableApplicationContext a = start("query-a");
        await().atMost(Duration.ofSeconds(20)).until(() -> owners(a), owners -> owners.equals(List.of("query-a", "query-a")));
        ConfigurableApplicationContext b = start("query-b");
        // query-a gives up segment 1 for a while, as a balancer would, and query-b claims it
        processor(a).releaseSegment(1, 1, TimeUnit.MINUTES);
        await().atMost(Duration.ofSeconds(20)).until(() -> owners(a), owners -> owners.equals(List.of("query-a", "query-b")));

        appendMunicipalities(a, 40, 3);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertReadModelMatchesEventStore(a));
        assertThat(projected(a)).isPositive();
        assertThat(projected(b)).isPositive();

        a.close();
        // a stopping instance releases its claims: the survivor claims them at its next claim cycle
        await().atMost(Duration.ofSeconds(10)).until(() -> owners(b), owners -> owners.equals(List.of("query-b", "query-b")));
        appendMunicipalities(b, 20, 2);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertReadModelMatchesEventStore(b));
    }

    private ConfigurableApplicationContext start(String nodeId) {
        String mongo = EmbeddedMongo.uri();
        ConfigurableApplicationContext context = QueryServiceApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:handover" + RUN
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.hikari.read-only=false",
                "--spring.flyway.enabled=true",
                "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
                "--spring.autoconfigure.exclude=",
                "--spring.data.mongodb.uri=" + mongo.substring(0, mongo.lastIndexOf('/') + 1) + DATABASE,
                "--axon.eventhandling.tokenstore.claim-timeout=2s",
                "--axon.eventhandling.processors." + PROCESSOR + ".token-claim-interval=200",
                "--tracker.projections.node-id=" + nodeId);
        started.add(context);
        return context;
    }

    private static StreamingEventProcessor processor(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PROCESSOR, StreamingEventProcessor.class).orElseThrow();
    }

    /** The owner of each segment of the processor, by segment. */
    private static List<String> owners(ConfigurableApplicationContext context) {
        List<String> owners = new ArrayList<>();
        context.getBean(MongoClient.class).getDatabase(DATABASE).getCollection("trackingtokens")
                .find(new Document("processorName", PROCESSOR)).sort(new Document("segment", 1))
                .forEach(token -> owners.add(token.getString("owner")));
        return owners;
    }

    private static long projected(ConfigurableApplicationContext context) {
        return (long) context.getBean(MeterRegistry.class).get("tracker.projection.events")
                .tag("processor", PROCESSOR).counter().count();
    }

    /** Appends, for each of {@code count} new municipalities, its registration and {@code renames} renames. */
    private void appendMunicipalities(ConfigurableApplicationContext context, int count, int renames) {
        EventStore eventStore = context.getBean(EventStore.class);
        for (int i = 0; i < count; i++) {
            MunicipalityId id = MunicipalityId.newId();
            eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0,
                    new MunicipalityRegistered(id, "Stadt " + i, MunicipalityKind.FOREIGN_MUNICIPALITY,
                            new CountryCode("DE"), null, null, null)));
            for (int r = 1; r <= renames; r++) {
                eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), r,
                        new MunicipalityRenamed(id, "Stadt " + i + " / " + r)));
            }
            names.put(id, "Stadt " + i + " / " + renames);
        }
    }

    /** One view per municipality, at the version of its last event, with the name it was last given. */
    private void assertReadModelMatchesEventStore(ConfigurableApplicationContext context) {
        Map<String, Long> lastEvents = new HashMap<>();
        context.getBean(JdbcTemplate.class).query("select aggregate_identifier, max(sequence_number)"
                        + " from domain_event_entry where type = 'Municipality' group by aggregate_identifier",
                row -> {
                    lastEvents.put(row.getString(1), row.getLong(2));
                });
        Map<String, Long> versions = new HashMap<>();
        Map<String, String> viewNames = new HashMap<>();
        context.getBean(MongoClient.class).getDatabase(DATABASE).getCollection("municipalities").find()
                .forEach(view -> {
                    versions.put(view.getString("_id"), ((Number) view.get("version")).longValue());
                    viewNames.put(view.getString("_id"), view.getString("name"));
                });
        assertThat(versions).isEqualTo(lastEvents);
        names.forEach((id, name) -> assertThat(viewNames).containsEntry(id.value(), name));
    }
}
