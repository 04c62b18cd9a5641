package pl.zmp.tracker.command.infra;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.command.infra.AppliedEventsRecorder.AppliedEvents;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The first outcome of each command sent with an Idempotency-Key. */
@Component
class IdempotencyKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StoredOutcome> find(String key) {
        return jdbc.query("select command_name, aggregate_id, aggregate_version, last_event_identifier"
                        + " from idempotency_key where idempotency_key = ?",
                (rs, row) -> new StoredOutcome(rs.getString(1), new AppliedEvents(
                        rs.getString(2), rs.getLong(3), rs.getString(4))), key).stream().findFirst();
    }

    /** Written inside the command's transaction: the key exists if and only if the events do. */
    void record(String key, String commandName, AppliedEvents applied) {
        jdbc.update("insert into idempotency_key (idempotency_key, command_name, aggregate_id, aggregate_version,"
                        + " last_event_identifier, recorded_at) values (?, ?, ?, ?, ?, ?)",
                key, commandName, applied.aggregateId(), applied.version(), applied.lastEventIdentifier(),
                Timestamp.from(clock.instant()));
    }

    record StoredOutcome(String commandName, AppliedEvents applied) {
    }
}
