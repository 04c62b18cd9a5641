package pl.zmp.tracker.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.command.audit.Verification.BrokenLink;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventlog.EventRow;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes the chains from the stored rows alone: every aggregate's hash chain and, for the whole
 * log, the seal chain and which sealed events are still there. Rows are streamed in global order;
 * only the last hash of each aggregate is kept in memory.
 */
@Component
public class AuditVerifier {

    /** The seal of each event, read beside it. */
    private static final String SEAL_TABLE = "audit_seal";
    private static final String SEAL_COLUMNS = "n.global_index as seal_index, n.event_hash as seal_hash";

    private final JdbcTemplate jdbc;
    private final EventLog eventLog;
    private final TransactionTemplate readOnly;
    private final AuditMetrics metrics;

    AuditVerifier(DataSource dataSource, EventLog eventLog, PlatformTransactionManager transactionManager,
                  AuditMetrics metrics) {
        this.eventLog = eventLog;
        this.metrics = metrics;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The whole log: every aggregate's chain, the seal chain, and every sealed event still present. */
    public Verification verifyAll() {
        Verification verification = readOnly.execute(status -> {
            Long sealedThrough = jdbc.queryForObject("select max(global_index) from audit_seal", Long.class);
            ChainCheck events = new ChainCheck(sealedThrough);
            eventLog.readWithNotes(SEAL_TABLE, SEAL_COLUMNS, null, events::check);
            BrokenLink broken = earliest(events.firstBroken, sealChainBreak());
            broken = earliest(broken, missingSealedEvent(null));
            return new Verification(broken == null, events.checked, broken);
        });
        metrics.verified(verification);
        return verification;
    }

    /** One aggregate's chain, and the seals of its events; null when the log holds no such aggregate. */
    public Verification verifyAggregate(String aggregateId) {
        return readOnly.execute(status -> {
            Long sealedThrough = jdbc.queryForObject("select max(global_index) from audit_seal", Long.class);
            ChainCheck events = new ChainCheck(sealedThrough);
            eventLog.readWithNotes(SEAL_TABLE, SEAL_COLUMNS, aggregateId, events::check);
            BrokenLink broken = earliest(events.firstBroken, missingSealedEvent(aggregateId));
            if (events.checked == 0 && broken == null) {
                return null;
            }
            return new Verification(broken == null, events.checked, broken);
        });
    }

    /** The first seal row whose chain hash cannot be recomputed, or whose predecessor is missing. */
    private BrokenLink sealChainBreak() {
        SealChainCheck check = new SealChainCheck();
        jdbc.query("select global_index, event_hash, chain_hash, aggregate_identifier, sequence_number"
                + " from audit_seal order by global_index", check::check);
        return check.firstBroken;
    }

    /** The first sealed event whose row is no longer in the event store. */
    private BrokenLink missingSealedEvent(String aggregateId) {
        String sql = "select s.global_index, s.aggregate_identifier, s.sequence_number from audit_seal s"
                + " where s.event_hash is not null"
                + (aggregateId == null ? "" : " and s.aggregate_identifier = ?")
                + " and " + EventLog.noEventAt("s.global_index")
                + " order by s.global_index fetch first 1 rows only";
        Object[] arguments = aggregateId == null ? new Object[0] : new Object[]{aggregateId};
        return jdbc.query(sql, rs -> rs.next()
                ? new BrokenLink(rs.getLong(1), rs.getString(2), rs.getLong(3),
                "a sealed event is missing from the event store")
                : null, arguments);
    }

    private static BrokenLink earliest(BrokenLink a, BrokenLink b) {
        if (a == null) {
            return b;
        }
        return b == null || a.globalPosition() <= b.globalPosition() ? a : b;
    }

    /** Walks events in order, keeping each aggregate's last sequence number and hash. */
    private static final class ChainCheck {
        private final Long sealedThrough;
        private final Map<String, Link> last = new HashMap<>();
        private long checked;
        private BrokenLink firstBroken;

        ChainCheck(Long sealedThrough) {
            this.sealedThrough = sealedThrough;
        }

        void check(EventRow row, ResultSet seal) throws SQLException {
            checked++;
            long globalIndex = row.globalIndex();
            StoredEvent event = StoredEvent.of(row);
            boolean sealed = seal.getObject("seal_index") != null;
            String sealHash = seal.getString("seal_hash");
            String reason;
            String hash = null;
            try {
                hash = EventHashes.metaDataValue(event.metaDataJson(), EventHashes.HASH);
                reason = chainReason(event, hash);
                if (reason == null) {
                    reason = sealReason(globalIndex, event, sealed, sealHash);
                }
            } catch (EventHashes.UnreadableEventException e) {
                reason = e.getMessage();
            }
            last.put(event.aggregateId(), new Link(event.sequenceNumber(), hash));
            if (reason != null && firstBroken == null) {
                firstBroken = new BrokenLink(globalIndex, event.aggregateId(), event.sequenceNumber(), reason);
            }
        }

        private String chainReason(StoredEvent event, String hash) {
            Link previous = last.get(event.aggregateId());
            long expectedSequence = previous == null ? 0 : previous.sequence() + 1;
            if (event.sequenceNumber() != expectedSequence) {
                return "sequence " + expectedSequence + " of the aggregate is missing (found "
                        + event.sequenceNumber() + ")";
            }
            String previousHash = EventHashes.metaDataValue(event.metaDataJson(), EventHashes.PREVIOUS_HASH);
            if (hash == null || previousHash == null) {
                return "the event carries no hash chain metadata";
            }
            String expectedPrevious = previous == null ? EventHashes.GENESIS : previous.hash();
            if (!previousHash.equals(expectedPrevious)) {
                return "previousHash does not match the hash of the aggregate's previous event";
            }
            if (!EventHashes.hash(event, previousHash).equals(hash)) {
                return "the stored event does not match its hash (payload, metadata or columns changed)";
            }
            return null;
        }

        private String sealReason(long globalIndex, StoredEvent event, boolean sealed, String sealHash) {
            if (sealed && sealHash == null) {
                return "an event appeared at a global position sealed as a gap";
            }
            if (sealed && !sealHash.equals(AuditSealer.sealedHash(event))) {
                return "the event's hash differs from the hash sealed for it";
            }
            if (!sealed && sealedThrough != null && globalIndex <= sealedThrough) {
                return "the event is missing from the seal chain (written after its position was sealed)";
            }
            return null;
        }
    }

    private record Link(long sequence, String hash) {
    }

    /** Recomputes the seal chain row by row. */
    private static final class SealChainCheck {
        private String previousChain = EventHashes.GENESIS;
        private Long previousIndex;
        private BrokenLink firstBroken;

        void check(ResultSet rs) throws SQLException {
            long globalIndex = rs.getLong("global_index");
            String eventHash = rs.getString("event_hash");
            String chainHash = rs.getString("chain_hash");
            if (firstBroken == null) {
                String aggregateId = rs.getString("aggregate_identifier");
                Long sequence = rs.getObject("sequence_number") == null ? null : rs.getLong("sequence_number");
                if (previousIndex != null && globalIndex != previousIndex + 1) {
                    firstBroken = new BrokenLink(previousIndex + 1, null, null, "a seal row is missing");
                } else if (!Objects.equals(EventHashes.chainHash(previousChain, globalIndex, eventHash), chainHash)) {
                    firstBroken = new BrokenLink(globalIndex, aggregateId, sequence,
                            "the seal chain hash does not match");
                }
            }
            previousChain = chainHash;
            previousIndex = globalIndex;
        }
    }
}
