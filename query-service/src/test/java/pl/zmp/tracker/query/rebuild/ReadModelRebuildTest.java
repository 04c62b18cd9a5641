package pl.zmp.tracker.query.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import org.springframework.test.context.TestPropertySource;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.store.ReadModelCollections;
import pl.zmp.tracker.query.organisation.OrganisationView;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A read model is rebuilt into a new collection while queries keep being answered in full. On an
 * event store and read-model database of its own: a rebuild answers to every event in the store,
 * so other tests' events must not come and go under it.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:rebuild-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.data.mongodb.database=rebuild-tests",
        "tracker.projections.node-id=rebuild-tests"})
class ReadModelRebuildTest extends QueryServiceIntegrationTest {

    /** The serving collections are per JVM: give the other tests' context its own back. */
    @AfterAll
    static void serveDefaultCollections() {
        List.of("organisations", "exhibitions").forEach(model -> ReadModelCollections.serve(model, model));
    }


    private static final int ORGANISATIONS = 800;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ReadModelRebuilds rebuilds;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rebuildsWhileQueriesRunAndNeverShowAnEmptyOrPartialModel() throws Exception {
        // other tests write read models directly: a first rebuild makes the model exactly what the events say
        rebuildAndAwait("organisations");
        long base = mongo.count(new org.springframework.data.mongodb.core.query.Query(), OrganisationView.class);
        IntStream.range(0, ORGANISATIONS).forEach(i -> register("Organizacja " + i));
        awaitProjectionsCaughtUp();
        long expected = base + ORGANISATIONS;
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), OrganisationView.class))
                .isEqualTo(expected);
        String before = ReadModelCollections.serving("organisations");

        List<Integer> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean querying = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (querying.get()) {
                try {
                    String body = mvc.perform(get("/api/organisations")).andReturn().getResponse().getContentAsString();
                    seen.add(json.readTree(body).path("totalItems").asInt(-1));
                } catch (Exception e) {
                    seen.add(-1);
                }
            }
        });
        reader.start();
        try {
            mvc.perform(post("/api/admin/rebuilds/{model}", "organisations"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.state").value("RUNNING"));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "SERVING".equals(rebuilds.progressOf("organisations").state()));
        } finally {
            querying.set(false);
            reader.join();
        }

        assertThat(seen).isNotEmpty().allSatisfy(count -> assertThat(count).isEqualTo((int) expected));
        String after = ReadModelCollections.serving("organisations");
        assertThat(after).isNotEqualTo(before).startsWith("organisations_");
        assertThat(mongo.collectionExists(before)).isFalse();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), OrganisationView.class))
                .isEqualTo(expected);

        // the live projection goes on in the new collection
        OrganisationId added = register("Organizacja po przebudowie");
        awaitProjectionsCaughtUp();
        assertThat(mongo.findById(added.value(), OrganisationView.class)).isNotNull();
        mvc.perform(get("/api/admin/rebuilds/{model}", "organisations"))
                .andExpect(jsonPath("$.state").value("SERVING"))
                .andExpect(jsonPath("$.percent").value(100.0));
    }

    @Test
    void resumesARebuildThatARestartInterrupted() {
        String serving = ReadModelCollections.serving("exhibitions");
        mongo.save(new RebuildRecord("exhibitions", RebuildRecord.RUNNING, "exhibitions-rebuild-interrupted",
                "exhibitions_interrupted", serving, java.time.Instant.now(), null));

        rebuilds.resumeInterrupted();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "SERVING".equals(rebuilds.progressOf("exhibitions").state()));
        assertThat(ReadModelCollections.serving("exhibitions")).isEqualTo("exhibitions_interrupted");
    }

    @Test
    void answersProgressAndRefusesUnknownModels() throws Exception {
        mvc.perform(get("/api/admin/rebuilds")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));
        mvc.perform(post("/api/admin/rebuilds/{model}", "budgets"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_READ_MODEL"));
        mvc.perform(get("/api/admin/rebuilds/{model}", "budgets")).andExpect(status().isNotFound());
    }

    private void rebuildAndAwait(String model) throws Exception {
        String serving = ReadModelCollections.serving(model);
        mvc.perform(post("/api/admin/rebuilds/{model}", model)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> "SERVING".equals(rebuilds.progressOf(model).state())
                && !serving.equals(ReadModelCollections.serving(model)));
    }

    private OrganisationId register(String name) {
        OrganisationId id = OrganisationId.newId();
        eventStore.publish(new GenericDomainEventMessage<>("Organisation", id.value(), 0, new OrganisationRegistered(
                id, name, null, OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null)));
        return id;
    }
}
