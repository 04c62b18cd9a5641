package pl.zmp.tracker.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

/**
 * Seals the event log in global index order into {@code audit_seal}, each row chained to the one before.
 * Global indexes can commit out of order and have gaps (rolled-back inserts), so only events older than
 * the settle time are sealed, and an index missing below such an event is sealed as a permanent gap
 * (a row with no event hash): an event that later appears at that index, or a sealed event that
 * disappears, breaks the chain. Instances take a row lock on {@code audit_sealer_lock} for each batch,
 * so two of them never seal at the same time.
 */
@Component
public class AuditSealer extends RepeatingTask {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final EventLog eventLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditProperties properties;

    AuditSealer(JdbcTemplate jdbc, EventLog eventLog, PlatformTransactionManager transactionManager, Clock clock,
                AuditProperties properties) {
        super("audit-sealer");
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    /** Seals every event older than the settle time. */
    public SealReport seal() {
        return sealSettledBefore(clock.instant().minus(properties.settleTime()));
    }

    /** Seals, in global order, every event stamped before the horizon, and the gaps below them. */
    public SealReport sealSettledBefore(Instant horizon) {
        int sealed = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> sealBatch(horizon));
            sealed += batch.sealed();
        } while (batch.more());
        SealRow last = lastSeal();
        return new SealReport(sealed, last == null ? null : last.globalIndex(), last == null ? null : last.chainHash());
    }

    private Batch sealBatch(Instant horizon) {
        jdbc.queryForObject("select id from audit_sealer_lock where id = 1 for update", Integer.class);
        SealRow last = lastSeal();
        long after = last == null ? Long.MIN_VALUE : last.globalIndex();
        List<EventRow> events = eventLog.after(after, BATCH).stream()
                .map(row -> new EventRow(row.globalIndex(), Instant.parse(row.timeStamp()), StoredEvent.of(row)))
                .toList();
        String chain = last == null ? EventHashes.GENESIS : last.chainHash();
        long next = last == null ? (events.isEmpty() ? 0 : events.get(0).globalIndex()) : last.globalIndex() + 1;
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        boolean settledAll = true;
        for (EventRow event : events) {
            if (!event.timestamp().isBefore(horizon)) {
                settledAll = false;
                break;
            }
            for (long gap = next; gap < event.globalIndex(); gap++) {
                chain = EventHashes.chainHash(chain, gap, null);
                rows.add(new Object[]{gap, null, chain, null, null, now});
            }
            String eventHash = sealedHash(event.event());
            chain = EventHashes.chainHash(chain, event.globalIndex(), eventHash);
            rows.add(new Object[]{event.globalIndex(), eventHash, chain,
                    event.event().aggregateId(), event.event().sequenceNumber(), now});
            next = event.globalIndex() + 1;
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into audit_seal (global_index, event_hash, chain_hash, aggregate_identifier,"
                    + " sequence_number, sealed_at) values (?, ?, ?, ?, ?, ?)", rows);
        }
        return new Batch(rows.size(), settledAll && events.size() == BATCH);
    }

    /**
     * The hash a seal records for an event: the {@code hash} in its metadata, or for an event written
     * before events were chained, the hash of the row as found (with the genesis previous hash).
     */
    static String sealedHash(StoredEvent event) {
        String stored = EventHashes.metaDataValue(event.metaDataJson(), EventHashes.HASH);
        return stored != null ? stored : EventHashes.hash(event, EventHashes.GENESIS);
    }

    private SealRow lastSeal() {
        List<SealRow> last = jdbc.query(
                "select global_index, chain_hash from audit_seal order by global_index desc fetch first 1 rows only",
                (rs, n) -> new SealRow(rs.getLong("global_index"), rs.getString("chain_hash")));
        return last.isEmpty() ? null : last.get(0);
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            log.warn("Sealing the event log failed; retrying on the next run", e);
        }
    }

    @Override
    Duration interval() {
        return properties.sealInterval();
    }

    @Override
    void runOnce() {
        sealQuietly();
    }

    private record SealRow(long globalIndex, String chainHash) {
    }

    private record EventRow(long globalIndex, Instant timestamp, StoredEvent event) {
    }

    private record Batch(int sealed, boolean more) {
    }
}
