package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.values.ProjectStatus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Whether an aggregate another one refers to exists. Aggregates are never deleted, so an aggregate once
 * known stays known: those this instance saw committed (its event stream) or found in the store are
 * remembered, and the store is asked only about the others. Another instance's new aggregate is thus
 * found in the store the first time it is referred to here.
 */
@Component
public class KnownAggregates {

    private static final ObjectMapper EVENTS = EventJson.objectMapper();

    private final EventLog eventLog;
    /** "type:id" of aggregates known to exist; bounded, a forgotten one is asked of the store again. */
    private final Cache<String, Boolean> known;

    public KnownAggregates(EventLog eventLog, EventBus eventStore,
                           @Value("${tracker.known-aggregates.cache-size:100000}") long cacheSize) {
        this.eventLog = eventLog;
        this.known = Caffeine.newBuilder().maximumSize(cacheSize).build();
        eventStore.subscribe(this::rememberCommitted);
    }

    public boolean exists(AggregateType aggregateType, Object id) {
        String key = key(aggregateType.storedName(), id.toString());
        if (known.getIfPresent(key) != null) {
            return true;
        }
        boolean stored = eventLog.exists(aggregateType, id.toString());
        if (stored) {
            known.put(key, Boolean.TRUE);
        }
        return stored;
    }

    /** Events published here reach the store in their command's transaction: remembered once it committed. */
    private void rememberCommitted(List<? extends EventMessage<?>> events) {
        List<String> created = events.stream()
                .filter(event -> event instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0)
                .map(event -> (DomainEventMessage<?>) event)
                .map(event -> key(event.getType(), event.getAggregateIdentifier()))
                .toList();
        if (created.isEmpty()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> created.forEach(key -> known.put(key, Boolean.TRUE)));
        } else {
            created.forEach(key -> known.put(key, Boolean.TRUE));
        }
    }

    private static String key(String storedType, String id) {
        return storedType + ':' + id;
    }

    /**
     * Rejects the command unless the project exists (422 UNKNOWN_PROJECT) and is still running: a CLOSED
     * or CANCELLED project takes nothing new (422 PROJECT_ENDED). Its last status comes from its latest
     * status change, or its registration when it has none, in one query.
     */
    public void requireRunningProject(Object projectId, String action) {
        Optional<String> latest = eventLog.latestPayload(AggregateType.PROJECT, projectId.toString(),
                ProjectStatusChanged.class.getName());
        if (latest.isEmpty()) {
            throw CommandRejectedException.ruleViolation("UNKNOWN_PROJECT", "no project with id " + projectId);
        }
        String status = statusIn(latest.get());
        if (ProjectStatus.CLOSED.name().equals(status) || ProjectStatus.CANCELLED.name().equals(status)) {
            throw CommandRejectedException.ruleViolation("PROJECT_ENDED",
                    "project " + projectId + " is " + status + ": cannot " + action);
        }
    }

    /** The status a status change moved to; null for the registration. */
    private static String statusIn(String payload) {
        try {
            return EVENTS.readTree(payload).path("to").asText(null);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("unreadable project event: " + payload, unreadable);
        }
    }

    /** Rejects the command with {@code code} (422) unless the aggregate exists. */
    public void require(AggregateType aggregateType, Object id, String code) {
        if (!exists(aggregateType, id)) {
            throw CommandRejectedException.ruleViolation(code,
                    "no " + aggregateType.storedName().toLowerCase() + " with id " + id);
        }
    }
}
