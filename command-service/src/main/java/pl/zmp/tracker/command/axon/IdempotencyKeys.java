package pl.zmp.tracker.command.axon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The first outcome of each command sent with an Idempotency-Key, as payment APIs keep them: a key
 * belongs to the user who sent it, is bound to the fingerprint of the command it came with, and is
 * kept for {@code tracker.idempotency.retention} (default 24 h) after which it may be used again.
 */
@Component
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock,
                    @Value("${tracker.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** The outcome stored under the user's key; a key older than the retention period is forgotten here. */
    Optional<StoredOutcome> find(String actor, String key) {
        Timestamp expired = Timestamp.from(clock.instant().minus(retention));
        Optional<StoredOutcome> stored = jdbc.query("select fingerprint, aggregate_id, aggregate_version,"
                                + " global_position, recorded_at from idempotency_key where actor = ? and idempotency_key = ?",
                        (rs, row) -> new StoredOutcome(rs.getString(1),
                                new CommandReceipt(rs.getString(2), rs.getLong(3), rs.getLong(4)),
                                !rs.getTimestamp(5).after(expired)),
                        actor, key)
                .stream().findFirst();
        if (stored.isPresent() && stored.get().expired()) {
            jdbc.update("delete from idempotency_key where actor = ? and idempotency_key = ? and recorded_at <= ?",
                    actor, key, expired);
            return Optional.empty();
        }
        return stored;
    }

    /**
     * Written inside the command's transaction, as a plain insert: the key exists if and only if the
     * events do, and a twin sent with the same key at the same moment fails on the primary key.
     */
    void record(String actor, String key, String fingerprint, String commandName, CommandReceipt receipt) {
        try {
            jdbc.update("insert into idempotency_key (actor, idempotency_key, fingerprint, command_name, aggregate_id,"
                            + " aggregate_version, global_position, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    actor, key, fingerprint, commandName, receipt.aggregateId(), receipt.version(),
                    receipt.globalPosition(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException taken) {
            throw new KeyTakenException(key, taken);
        }
    }

    /** The key was used before (or by a twin at the same moment): the command's transaction is rolled back. */
    static final class KeyTakenException extends RuntimeException {
        KeyTakenException(String key, Throwable cause) {
            super("idempotency key " + key + " was already used", cause);
        }
    }

    /** Forgets keys past the retention period, once an hour. */
    @Scheduled(fixedDelayString = "${tracker.idempotency.purge-interval:1h}", initialDelayString = "1m")
    void purgeExpired() {
        int purged = jdbc.update("delete from idempotency_key where recorded_at <= ?",
                Timestamp.from(clock.instant().minus(retention)));
        if (purged > 0) {
            log.info("Forgot {} idempotency keys older than {}", purged, retention);
        }
    }

    record StoredOutcome(String fingerprint, CommandReceipt receipt, boolean expired) {
    }
}
