package pl.zmp.tracker.command.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.values.ProjectStatus;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Whether an aggregate another one refers to exists: asked of the event store itself. */
@Component
public class KnownAggregates {

    private static final ObjectMapper EVENTS = EventJson.objectMapper();

    private final EventLog eventLog;

    public KnownAggregates(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    public boolean exists(AggregateType aggregateType, Object id) {
        return eventLog.exists(aggregateType, id.toString());
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
