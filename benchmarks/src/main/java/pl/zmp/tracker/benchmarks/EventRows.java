package pl.zmp.tracker.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes event rows with raw JDBC batches in exactly the stored format of rows the system wrote:
 * templates are a real ProjectRegistered, IndicatorDefined and IndicatorActualRecorded row of one
 * project, copied with another aggregate id (in the payload too), sequence and event id. The
 * metadata (actor, correlation, hashes) is copied as is, so the audit hash chain of the copies
 * does not verify; the benchmarks that insert rows run with the audit sealer off.
 */
final class EventRows {

    static final String COLUMNS = "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
            + " aggregate_identifier, sequence_number, type";

    private final String templateAggregate;
    private final Row registered;
    private final Row defined;
    private final Row actual;

    record Row(String metaData, String payload, String payloadRevision, String payloadType, String timeStamp,
               String type) {
    }

    private EventRows(String templateAggregate, Row registered, Row defined, Row actual) {
        this.templateAggregate = templateAggregate;
        this.registered = registered;
        this.defined = defined;
        this.actual = actual;
    }

    /** Reads the templates from a project that has at least its registration, an indicator and an actual. */
    static EventRows from(Connection connection, String project) throws SQLException {
        return new EventRows(project, row(connection, project, "ProjectRegistered"),
                row(connection, project, "IndicatorDefined"), row(connection, project, "IndicatorActualRecorded"));
    }

    Row actualTemplate() {
        return actual;
    }

    private static Row row(Connection connection, String project, String eventType) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select meta_data, payload, payload_revision,"
                + " payload_type, time_stamp, type from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like ? order by sequence_number fetch first 1 rows only")) {
            select.setString(1, project);
            select.setString(2, "%." + eventType);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no " + eventType + " of project " + project);
                }
                return new Row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6));
            }
        }
    }

    static List<String> newIds(long count) {
        List<String> ids = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    /**
     * Appends {@code eventsPerProject} events (registered, indicator defined, then actuals) to each of
     * the given new projects, in batches of 1 000 rows per transaction; answers the rows written.
     */
    long insertProjects(Connection connection, String table, List<String> projects, int eventsPerProject)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long written = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String aggregate : projects) {
                for (int sequence = 0; sequence < eventsPerProject; sequence++) {
                    Row template = sequence == 0 ? registered : sequence == 1 ? defined : actual;
                    bind(insert, template, aggregate, sequence);
                    insert.addBatch();
                    if (++written % 1000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return written;
    }

    void bind(PreparedStatement insert, Row template, String aggregate, long sequence) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, template.metaData());
        insert.setString(3, template.payload().replace(templateAggregate, aggregate));
        insert.setString(4, template.payloadRevision());
        insert.setString(5, template.payloadType());
        insert.setString(6, template.timeStamp());
        insert.setString(7, aggregate);
        insert.setLong(8, sequence);
        insert.setString(9, template.type());
    }

    static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
