package pl.zmp.tracker.command.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.command.axon.AggregateClasses;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.platform.eventlog.AggregateType;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Rebuilds an aggregate as it stood at a moment or a version of its history: its events up to then
 * are folded into a fresh instance by the aggregate's own event sourcing handlers, exactly as the
 * write side loads it before a command. Nothing is written.
 */
@Component
public class AggregateTimeTravel {

    /** The aggregates by the name the API gives them, in the order it lists them. */
    private static final Map<String, AggregateType> AGGREGATES = aggregates();

    private final EventStore eventStore;
    private final Configuration axon;
    private final AggregateClasses aggregateClasses;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();
    /** Aggregates keep their state in private fields with no getters: read the fields. */
    private final ObjectMapper stateJson = EventJson.objectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // decimals as recorded (2000000.00), not normalised (2E+6)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public AggregateTimeTravel(EventStore eventStore, Configuration axon, AggregateClasses aggregateClasses) {
        this.eventStore = eventStore;
        this.axon = axon;
        this.aggregateClasses = aggregateClasses;
    }

    public static Set<String> aggregateTypes() {
        return AGGREGATES.keySet();
    }

    /**
     * The aggregate as the world stood at {@code asOf} (business time: the facts that had happened by then)
     * as far as the system knew at {@code knownAt} (recording time: the events recorded by then). Either may
     * be null: no bound. Empty if no fact of it qualifies, or the fact that started it does not.
     */
    public Optional<AggregateStateAt> asOf(String aggregateType, String aggregateId, Instant asOf, Instant knownAt) {
        Predicate<DomainEventMessage<?>> recorded = event -> knownAt == null || !event.getTimestamp().isAfter(knownAt);
        Predicate<DomainEventMessage<?>> happened = event -> asOf == null
                || !BusinessFact.of(event.getPayload(), event.getTimestamp()).isAfter(asOf);
        return rebuild(aggregateType, aggregateId, recorded, happened, asOf, knownAt);
    }

    /** The aggregate with its events up to sequence number {@code version}; empty if it never reached it. */
    public Optional<AggregateStateAt> atVersion(String aggregateType, String aggregateId, long version) {
        return rebuild(aggregateType, aggregateId, event -> event.getSequenceNumber() <= version, event -> true,
                null, null).filter(state -> state.version() == version);
    }

    private Optional<AggregateStateAt> rebuild(String aggregateType, String aggregateId,
                                               Predicate<DomainEventMessage<?>> upToThen,
                                               Predicate<DomainEventMessage<?>> happened, Instant asOf, Instant knownAt) {
        if (!AGGREGATES.containsKey(aggregateType)) {
            throw new IllegalArgumentException("unknown aggregate type: " + aggregateType);
        }
        Class<?> type = aggregateClasses.of(AGGREGATES.get(aggregateType));
        // from sequence 0, never from a snapshot: a snapshot may lie after the point asked for;
        // what was recorded is a prefix, so the first event past the point ends it; of that prefix, the
        // facts that had happened by asOf are folded in the order they were recorded
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream()
                .filter(event -> type.getSimpleName().equals(event.getType()))
                .takeWhile(upToThen)
                .filter(happened)
                .toList();
        if (events.isEmpty() || events.get(0).getSequenceNumber() != 0) {
            return Optional.empty(); // nothing, or not yet started then: its first fact happened later
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        Object aggregate = fold(type, aggregateId, events);
        return Optional.of(new AggregateStateAt(aggregateType, aggregateId, last.getSequenceNumber(), asOf, knownAt,
                last.getTimestamp(), BusinessFact.of(last.getPayload(), last.getTimestamp()),
                stateJson.valueToTree(aggregate)));
    }

    private <T> T fold(Class<T> type, String aggregateId, List<? extends DomainEventMessage<?>> events) {
        T root = axon.aggregateFactory(type).createAggregateRoot(aggregateId, events.get(0));
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root, model(type), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream().map(event -> (DomainEventMessage<?>) event)));
        return aggregate.getAggregateRoot();
    }

    /** The same handlers, parameter resolvers and handler enhancers as the write side's repository uses. */
    @SuppressWarnings("unchecked")
    private <T> AggregateModel<T> model(Class<T> type) {
        return (AggregateModel<T>) models.computeIfAbsent(type, t -> AnnotatedAggregateMetaModelFactory
                .inspectAggregate(t, axon.parameterResolverFactory(), axon.handlerDefinition(t)));
    }

    private static Map<String, AggregateType> aggregates() {
        Map<String, AggregateType> aggregates = new LinkedHashMap<>();
        for (AggregateType type : List.of(AggregateType.MUNICIPALITY, AggregateType.ORGANISATION, AggregateType.PROJECT,
                AggregateType.RECRUITMENT, AggregateType.EXHIBITION)) {
            aggregates.put(type.apiName(), type);
        }
        return Collections.unmodifiableMap(aggregates);
    }
}
