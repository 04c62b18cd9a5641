package pl.zmp.tracker.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.events.project.BudgetLineAdded;
import pl.zmp.tracker.events.project.MilestoneAchieved;
import pl.zmp.tracker.events.project.MilestonePlanned;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.municipality.MunicipalityProjection;
import pl.zmp.tracker.query.municipality.MunicipalityViewRepository;
import pl.zmp.tracker.query.project.ProjectProjection;
import pl.zmp.tracker.query.project.ProjectViewRepository;
import pl.zmp.tracker.query.store.ReadModelCollections;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/**
 * Projections within a unit of work, handled the way an event processor handles one batch: a view is
 * read once per batch, every event changes that copy, and the changed views are written together once
 * the last event has been handled, before the token is stored (first thing at prepare-commit).
 */
@DataMongoTest(properties = "spring.config.name=query-service")
@Import(BatchedViewWritesTest.SeenCommands.class)
class BatchedViewWritesTest {

    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e71");
    private static final MunicipalityId KALISZ = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a71");
    private static final OrganisationId ZMP = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e71");
    private static final Instant START = Instant.parse("2020-01-06T09:00:00Z");
    private static final String REBUILT = "projects_batch_rebuilt";
    private static final String DATABASE = URI.create(EmbeddedMongo.uri()).getPath().substring(1);

    private static MongoClient direct;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @BeforeAll
    static void connectDirectly() {
        direct = MongoClients.create(EmbeddedMongo.uri());
    }

    @AfterAll
    static void disconnect() {
        direct.close();
    }

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ProjectViewRepository projectViews;
    @Autowired
    private MunicipalityViewRepository municipalityViews;
    @Autowired
    private SeenCommands commands;

    private final MessageHandlerInterceptor<EventMessage<?>> batchEnd = new ViewsWrittenAtBatchEnd();

    @BeforeEach
    void emptyReadModels() {
        List.of("projects", "municipalities", REBUILT).forEach(mongo::dropCollection);
        commands.clear();
    }

    @Test
    void severalEventsOfAViewInOneBatchAreReadOnceWrittenOnceAndEndAsEventByEvent() {
        handleOneByOne(mongo, history(0, 5));
        Document projectEventByEvent = stored("projects", PROJECT.value());
        Document municipalityEventByEvent = stored("municipalities", KALISZ.value());
        emptyReadModels();

        Batch batch = handleAsBatch(mongo, history(0, 5), batchEnd);

        assertThat(batch.failure()).isNull();
        assertThat(commands.on("projects")).containsExactly("find", "update of 1");
        assertThat(commands.on("municipalities")).containsExactly("find", "update of 1");
        assertThat(batch.writesBeforeToken()).containsExactly("update of 1", "update of 1");
        assertThat(stored("projects", PROJECT.value())).isEqualTo(projectEventByEvent);
        assertThat(stored("municipalities", KALISZ.value())).isEqualTo(municipalityEventByEvent);
        assertThat(projectEventByEvent.getLong("version")).isEqualTo(5);
    }

    @Test
    void aBatchSpanningManyAggregatesReadsTheirViewsInOneRoundTrip() {
        List<ProjectId> projects = List.of(new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e72"),
                new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e73"), new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e74"));
        List<EventMessage<?>> registrations = new ArrayList<>();
        List<EventMessage<?>> changes = new ArrayList<>();
        for (ProjectId project : projects) {
            registrations.add(event(project, 0, new ProjectRegistered(project, "Projekt " + project.value(), "POPT",
                    null, ZMP, null)));
            changes.add(event(project, 1, new ProjectStatusChanged(project, ProjectStatus.PIPELINE,
                    ProjectStatus.IMPLEMENTATION, null)));
        }
        assertThat(handleAsBatch(mongo, registrations, batchEnd).failure()).isNull();
        commands.clear();

        Batch batch = handleAsBatch(mongo, changes, batchEnd);

        assertThat(batch.failure()).isNull();
        assertThat(commands.on("projects")).containsExactly("find", "update of 3");
        projects.forEach(project -> assertThat(stored("projects", project.value()).getString("status"))
                .isEqualTo("IMPLEMENTATION"));
    }

    @Test
    void aRebuildsBatchIsWrittenIntoTheCollectionItsHandlersSawAndNotIntoTheServingOne() {
        // as ReadModelRebuilds: the write happens outside the redirection, which only lasts while a handler runs
        MessageHandlerInterceptor<EventMessage<?>> redirect = (unitOfWork, chain) ->
                ReadModelCollections.redirected("projects", REBUILT, chain::proceed);

        Batch batch = handleAsBatch(mongo, history(0, 5), batchEnd, redirect);

        assertThat(batch.failure()).isNull();
        assertThat(stored(REBUILT, PROJECT.value()).getLong("version")).isEqualTo(5);
        assertThat(stored("projects", PROJECT.value())).isNull();
        assertThat(commands.on(REBUILT)).containsExactly("find", "update of 1");
        assertThat(commands.on("projects")).isEmpty();
    }

    @Test
    void withoutTheBatchEndInterceptorTheViewsAreWrittenAtPrepareCommitIntoTheCollectionTheHandlersSaw() {
        MessageHandlerInterceptor<EventMessage<?>> redirect = (unitOfWork, chain) ->
                ReadModelCollections.redirected("projects", REBUILT, chain::proceed);

        Batch batch = handleAsBatch(mongo, history(0, 5), redirect);

        assertThat(batch.failure()).isNull();
        assertThat(stored(REBUILT, PROJECT.value()).getLong("version")).isEqualTo(5);
        assertThat(stored("projects", PROJECT.value())).isNull();
        assertThat(commands.on(REBUILT)).containsExactly("find", "update of 1");
    }

    @Test
    void aFailingWriteFailsTheBatchBeforeItsTokenIsStoredAndLeavesTheStoredViewAsItWas() {
        handleOneByOne(mongo, history(0, 1));
        Document before = stored("projects", PROJECT.value());
        MongoTemplate unreachable = spy(mongo);
        doThrow(new DataAccessResourceFailureException("read store unreachable"))
                .when(unreachable).bulkOps(any(BulkMode.class), any(Class.class), anyString());

        Batch failed = handleAsBatch(unreachable, history(2, 5), batchEnd);

        assertThat(failed.failure()).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(failed.rolledBack()).isTrue();
        assertThat(failed.writesBeforeToken()).isNull();
        assertThat(stored("projects", PROJECT.value())).isEqualTo(before);

        // the processor retries the batch from the token it kept
        Batch retried = handleAsBatch(mongo, history(2, 5), batchEnd);

        assertThat(retried.failure()).isNull();
        assertThat(stored("projects", PROJECT.value()).getLong("version")).isEqualTo(5);
        assertThat(stored("municipalities", KALISZ.value()).getLong("version")).isEqualTo(2);
    }

    @Test
    void eventsAViewHasAlreadyChangeNothingAndABatchOfOnlySuchEventsWritesNothing() {
        handleOneByOne(mongo, history(0, 5));
        Document eventByEvent = stored("projects", PROJECT.value());
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "projects");
        handleOneByOne(mongo, history(0, 3));

        // a retried batch overlapping what was applied: the budget line and milestone are not added twice
        assertThat(handleAsBatch(mongo, history(0, 5), batchEnd).failure()).isNull();
        assertThat(stored("projects", PROJECT.value())).isEqualTo(eventByEvent);

        commands.clear();
        assertThat(handleAsBatch(mongo, history(0, 5), batchEnd).failure()).isNull();
        assertThat(commands.on("projects")).containsExactly("find");
        assertThat(stored("projects", PROJECT.value())).isEqualTo(eventByEvent);
    }

    @Test
    void withoutAUnitOfWorkEveryEventIsSavedAtOnce() {
        List<EventMessage<?>> history = history(0, 5);
        SimpleEventHandlerInvoker handlers = handlers(mongo);

        for (EventMessage<?> event : history) {
            handle(handlers, event);
            DomainEventMessage<?> applied = (DomainEventMessage<?>) event;
            String collection = applied.getType().equals("Project") ? "projects" : "municipalities";
            assertThat(stored(collection, applied.getAggregateIdentifier()).getLong("version"))
                    .isEqualTo(applied.getSequenceNumber());
        }
        assertThat(commands.on("projects")).filteredOn(command -> !command.equals("find")).hasSize(6);
    }

    /** A project's events 0 to 5 and a municipality's 0 to 2, interleaved; those from {@code first} to {@code last}. */
    private static List<EventMessage<?>> history(int first, int last) {
        List<EventMessage<?>> events = new ArrayList<>(List.of(
                project(0, new ProjectRegistered(PROJECT, "Miasta średnie", "POPT", null, ZMP,
                        new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)))),
                municipality(0, new MunicipalityRegistered(KALISZ, "Kalisz", MunicipalityKind.CITY, CountryCode.POLAND,
                        null, null, null)),
                project(1, new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                        "umowa podpisana")),
                project(2, new PartnerAdded(PROJECT, ZMP, PartnerRole.LEAD, null)),
                municipality(1, new MunicipalityRenamed(KALISZ, "Kalisz (miasto)")),
                project(3, new BudgetLineAdded(PROJECT, 2020, "eksperci", Money.of("1200.50", "PLN"),
                        Approximation.EXACT)),
                project(4, new MilestonePlanned(PROJECT, "K1", "Raport otwarcia", LocalDate.of(2020, 3, 31))),
                municipality(2, new ZmpMembershipRecorded(KALISZ, LocalDate.of(1991, 1, 1), null)),
                project(5, new MilestoneAchieved(PROJECT, "K1", LocalDate.of(2020, 4, 7)))));
        events.removeIf(event -> ((DomainEventMessage<?>) event).getSequenceNumber() < first
                || ((DomainEventMessage<?>) event).getSequenceNumber() > last);
        return events;
    }

    private static EventMessage<?> project(long sequence, Object event) {
        return new GenericDomainEventMessage<>("Project", PROJECT.value(), sequence, event, MetaData.emptyInstance(),
                "e0000000-0000-4000-8000-0000000001" + sequence + "0", START.plusSeconds(3600 * sequence));
    }

    private static EventMessage<?> event(ProjectId project, long sequence, Object event) {
        return new GenericDomainEventMessage<>("Project", project.value(), sequence, event);
    }

    private static EventMessage<?> municipality(long sequence, Object event) {
        return new GenericDomainEventMessage<>("Municipality", KALISZ.value(), sequence, event,
                MetaData.emptyInstance(), "e0000000-0000-4000-8000-0000000002" + sequence + "0",
                START.plusSeconds(60 * sequence));
    }

    private SimpleEventHandlerInvoker handlers(MongoOperations operations) {
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(new ProjectProjection(projectViews, operations),
                        new MunicipalityProjection(municipalityViews, operations))
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
    }

    private void handleOneByOne(MongoOperations operations, List<EventMessage<?>> events) {
        SimpleEventHandlerInvoker handlers = handlers(operations);
        events.forEach(event -> handle(handlers, event));
    }

    private static void handle(SimpleEventHandlerInvoker handlers, EventMessage<?> event) {
        try {
            handlers.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a batch did. {@code writesBeforeToken}: the writes seen when the token was stored, null
     * if it never was; {@code failure}: what failed it, if anything.
     */
    private record Batch(Throwable failure, boolean rolledBack, List<String> writesBeforeToken) {
    }

    /** Handles the events as a streaming processor handles one batch (AbstractEventProcessor, WorkPackage). */
    @SafeVarargs
    private Batch handleAsBatch(MongoOperations operations, List<EventMessage<?>> events,
                                MessageHandlerInterceptor<EventMessage<?>>... interceptors) {
        SimpleEventHandlerInvoker handlers = handlers(operations);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        AtomicReference<List<String>> writesBeforeToken = new AtomicReference<>();
        unitOfWork.onPrepareCommit(committing -> writesBeforeToken.set(commands.writes()));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(
                unitOfWork, List.of(interceptors), message -> {
                    handlers.handle(message, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        return new Batch(result.isExceptional() ? result.exceptionResult() : null, unitOfWork.isRolledBack(),
                writesBeforeToken.get());
    }

    /** The document as stored, read past the client whose commands are counted. */
    private static Document stored(String collection, String id) {
        return direct.getDatabase(DATABASE).getCollection(collection).find(new Document("_id", id)).first();
    }

    /** The commands this context's MongoDB client sends, by collection: "find", "update of N documents"... */
    @TestConfiguration(proxyBeanMethods = false)
    static class SeenCommands implements CommandListener {

        private final List<String[]> seen = new CopyOnWriteArrayList<>();

        @Bean
        MongoClientSettingsBuilderCustomizer listenToCommands() {
            return settings -> settings.addCommandListener(this);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            String name = event.getCommandName();
            if (!command.isString(name)) {
                return;
            }
            String described = switch (name) {
                case "update" -> "update of " + command.getArray("updates").size();
                case "insert" -> "insert of " + command.getArray("documents").size();
                default -> name;
            };
            seen.add(new String[]{command.getString(name).getValue(), described});
        }

        List<String> on(String collection) {
            return seen.stream().filter(command -> command[0].equals(collection)).map(command -> command[1]).toList();
        }

        List<String> writes() {
            return seen.stream().map(command -> command[1])
                    .filter(command -> command.startsWith("update") || command.startsWith("insert")).toList();
        }

        void clear() {
            seen.clear();
        }
    }
}
