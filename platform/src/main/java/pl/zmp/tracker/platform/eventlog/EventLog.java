package pl.zmp.tracker.platform.eventlog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The one owner of Axon's event tables: every SQL read of {@value #EVENT_TABLE} outside Axon is here.
 * Axon alone writes them. Each method is one query, run on the caller's transaction (its connection)
 * if there is one. Rows read in bulk are fetched {@value #FETCH_SIZE} at a time; PostgreSQL only
 * honours that inside a transaction (auto-commit off), so a caller streaming a large selection opens one.
 */
public class EventLog {

    /** The table of events, as in the Flyway migrations. */
    public static final String EVENT_TABLE = "domain_event_entry";
    /** The table of aggregate snapshots, as in the Flyway migrations. */
    public static final String SNAPSHOT_TABLE = "snapshot_event_entry";

    static final int FETCH_SIZE = 500;

    private static final String FROM = " from " + EVENT_TABLE;
    private static final String COLUMNS = EventRow.columns("");

    /** Point queries. */
    private final JdbcTemplate jdbc;
    /** Queries that may return many rows. */
    private final JdbcTemplate rows;

    public EventLog(DataSource dataSource) {
        this(new JdbcTemplate(dataSource));
    }

    /** Point queries go through {@code jdbc} (the application's template), bulk reads through a copy. */
    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new JdbcTemplate(jdbc.getDataSource());
        this.rows.setFetchSize(FETCH_SIZE);
    }

    /** Where an aggregate stands: its highest sequence number and the global position of that event. */
    public record AggregatePosition(long sequenceNumber, long globalIndex) {
    }

    /** Whether an aggregate of the type with the id has an event stored. */
    public boolean exists(AggregateType type, String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0" + FROM + " where aggregate_identifier = ? and type = ?",
                Boolean.class, aggregateId, type.storedName()));
    }

    /** Whether the event with the identifier is stored. */
    public boolean contains(String eventIdentifier) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0" + FROM + " where event_identifier = ?",
                Boolean.class, eventIdentifier));
    }

    /** How many events are stored. */
    public long count() {
        return jdbc.queryForObject("select count(*)" + FROM, Long.class);
    }

    /** The global position of the newest event, -1 when there is none. */
    public long head() {
        Long head = jdbc.queryForObject("select max(global_index)" + FROM, Long.class);
        return head == null ? -1 : head;
    }

    /** The global position of a stored event (an exception when it is not stored). */
    public long positionOf(String eventIdentifier) {
        return jdbc.queryForObject("select global_index" + FROM + " where event_identifier = ?",
                Long.class, eventIdentifier);
    }

    /** Where the aggregate stands; zeros when it has no event. */
    public AggregatePosition positionOfAggregate(String aggregateId) {
        return jdbc.queryForObject("select max(sequence_number), max(global_index)" + FROM
                        + " where aggregate_identifier = ?",
                (rs, row) -> new AggregatePosition(rs.getLong(1), rs.getLong(2)), aggregateId);
    }

    /** The highest global position of an event stamped at or before the moment; -1 if none. */
    public long positionAt(Instant moment) {
        AtomicLong position = new AtomicLong(-1);
        jdbc.query("select global_index, time_stamp" + FROM + " order by global_index", row -> {
            if (!Instant.parse(row.getString(2)).isAfter(moment)) {
                position.set(row.getLong(1));
            }
        });
        return position.get();
    }

    /** The metadata (JSON text) of the aggregate's highest event below {@code sequence}: what chains to it. */
    public Optional<String> metaDataBefore(String aggregateId, long sequence) {
        List<String> metaData = jdbc.queryForList(
                "select meta_data" + FROM + " where aggregate_identifier = ? and sequence_number < ?"
                        + " order by sequence_number desc fetch first 1 rows only",
                String.class, aggregateId, sequence);
        return metaData.stream().findFirst();
    }

    /** An aggregate's newest event: its sequence number (-1 when it has none) and its metadata (JSON text). */
    public record Tip(long sequenceNumber, String metaData) {
    }

    /**
     * PostgreSQL only: takes the transaction-scoped advisory lock of the aggregate, then reads its newest
     * event; two statements sent in one round trip. The read is a statement of its own, so under READ
     * COMMITTED it runs with a snapshot taken after the lock was granted and sees what the previous holder
     * of the lock committed (one statement would read with a snapshot taken before it waited).
     */
    public Tip lockAndReadTip(String aggregateId) {
        return jdbc.execute("select pg_advisory_xact_lock(hashtextextended(?, 0));"
                        + " select sequence_number, meta_data" + FROM + " where aggregate_identifier = ?"
                        + " order by sequence_number desc limit 1",
                (PreparedStatementCallback<Tip>) statement -> {
                    statement.setString(1, aggregateId);
                    statement.setString(2, aggregateId);
                    statement.execute();
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("no answer to the read of the newest event of " + aggregateId);
                    }
                    try (ResultSet tip = statement.getResultSet()) {
                        return tip.next() ? new Tip(tip.getLong(1), tip.getString(2)) : new Tip(-1, null);
                    }
                });
    }

    /**
     * The payload of the aggregate's latest event of {@code payloadType}, or of its first event when it has
     * none; empty when no such aggregate exists. E.g. a project's current status.
     */
    public Optional<String> latestPayload(AggregateType type, String aggregateId, String payloadType) {
        List<String> latest = jdbc.queryForList("select payload" + FROM
                        + " where aggregate_identifier = ? and type = '" + type.storedName() + "'"
                        + " and (sequence_number = 0 or payload_type = ?)"
                        + " order by sequence_number desc limit 1",
                String.class, aggregateId, payloadType);
        return latest.stream().findFirst();
    }

    /** Up to {@code limit} events after the global position, in global order. */
    public List<EventRow> after(long globalIndex, int limit) {
        return jdbc.query("select " + COLUMNS + FROM + " where global_index > ?"
                        + " order by global_index fetch first " + limit + " rows only",
                (rs, n) -> EventRow.read(rs), globalIndex);
    }

    /** How many events the filter selects. */
    public long count(EventFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        return rows.queryForObject("select count(*)" + FROM + where, Long.class, parameters.toArray());
    }

    /** A page of one aggregate's events in sequence order. */
    public List<EventRow> history(String aggregateId, int limit, long offset) {
        return rows.query("select " + COLUMNS + FROM + " where aggregate_identifier = ? order by sequence_number"
                        + " limit ? offset ?",
                (rs, n) -> EventRow.read(rs), aggregateId, limit, offset);
    }

    /** A page of the selected events in global order. */
    public List<EventRow> page(EventFilter filter, int limit, long offset) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        parameters.add(limit);
        parameters.add(offset);
        return rows.query("select " + COLUMNS + FROM + where + " order by global_index limit ? offset ?",
                (rs, n) -> EventRow.read(rs), parameters.toArray());
    }

    /**
     * Hands the selected events in global order to {@code reader} as they are read, at most {@code limit}
     * (null: no limit); reading stops early when the reader returns false.
     */
    public void read(EventFilter filter, Integer limit, Predicate<EventRow> reader) {
        List<Object> parameters = new ArrayList<>();
        String sql = "select " + COLUMNS + FROM + filter.where(parameters) + " order by global_index";
        if (limit != null) {
            sql += " limit ?";
            parameters.add(limit);
        }
        rows.query(sql, rs -> {
            while (rs.next()) {
                if (!reader.test(EventRow.read(rs))) {
                    break;
                }
            }
            return null;
        }, parameters.toArray());
    }

    /** Reads an event row together with the columns of a row noted for it. */
    @FunctionalInterface
    public interface NotedReader {
        void read(EventRow event, ResultSet note) throws SQLException;
    }

    /**
     * Events beside the row another table, keyed by {@code global_index} and aliased {@code n}, holds for each
     * (a left join: the note's columns are null for an event without one). {@code noteColumns} must be
     * aliased apart from the event's columns, e.g. {@code n.global_index as note_index}. With an
     * aggregate id, that aggregate's events in sequence order; else all events in global order.
     */
    public void readWithNotes(String noteTable, String noteColumns, String aggregateId, NotedReader reader) {
        String sql = "select " + EventRow.columns("e") + ", " + noteColumns + FROM + " e left join " + noteTable
                + " n on n.global_index = e.global_index"
                + (aggregateId == null ? " order by e.global_index" : " where e.aggregate_identifier = ?"
                + " order by e.sequence_number");
        Object[] arguments = aggregateId == null ? new Object[0] : new Object[]{aggregateId};
        rows.query(sql, rs -> {
            reader.read(EventRow.read(rs), rs);
        }, arguments);
    }

    /** An SQL condition that holds when no stored event has the global position in {@code positionColumn}. */
    public static String noEventAt(String positionColumn) {
        return "not exists (select 1" + FROM + " e where e.global_index = " + positionColumn + ")";
    }
}
