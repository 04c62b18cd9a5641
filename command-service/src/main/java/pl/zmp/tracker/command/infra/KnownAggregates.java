package pl.zmp.tracker.command.infra;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether an aggregate another one refers to exists: asked of the event store itself. */
@Component
public class KnownAggregates {

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

    /** Rejects the command with {@code code} (422) unless the aggregate exists. */
    public void require(String aggregateType, Object id, String code) {
        if (!exists(aggregateType, id)) {
            throw CommandRejectedException.ruleViolation(code, "no " + aggregateType.toLowerCase() + " with id " + id);
        }
    }
}
