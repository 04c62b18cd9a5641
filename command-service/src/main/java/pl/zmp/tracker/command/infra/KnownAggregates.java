package pl.zmp.tracker.command.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.values.ProjectStatus;

import java.util.List;
import org.springframework.stereotype.Component;

/** Whether an aggregate another one refers to exists: asked of the event store itself. */
@Component
public class KnownAggregates {

    private static final ObjectMapper EVENTS = EventJson.objectMapper();

    private final JdbcTemplate jdbc;

    public KnownAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param aggregateType the aggregate's class simple name, as Axon stores it ({@code Project}) */
    public boolean exists(String aggregateType, Object id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from domain_event_entry where aggregate_identifier = ? and type = ?",
                Boolean.class, id.toString(), aggregateType));
    }

    /**
     * Rejects the command unless the project exists (422 UNKNOWN_PROJECT) and is still running: a CLOSED
     * or CANCELLED project takes nothing new (422 PROJECT_ENDED). Its last status comes from its latest
     * status change, or its registration when it has none, in one query.
     */
    public void requireRunningProject(Object projectId, String action) {
        List<String> latest = jdbc.queryForList("select payload from domain_event_entry"
                        + " where aggregate_identifier = ? and type = 'Project' and (sequence_number = 0 or payload_type = ?)"
                        + " order by sequence_number desc limit 1",
                String.class, projectId.toString(), ProjectStatusChanged.class.getName());
        if (latest.isEmpty()) {
            throw CommandRejectedException.ruleViolation("UNKNOWN_PROJECT", "no project with id " + projectId);
        }
        String status = statusIn(latest.get(0));
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
    public void require(String aggregateType, Object id, String code) {
        if (!exists(aggregateType, id)) {
            throw CommandRejectedException.ruleViolation(code, "no " + aggregateType.toLowerCase() + " with id " + id);
        }
    }
}
