package pl.zmp.tracker.platform.eventlog;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event table, every column as stored (payload and metadata are JSON text). */
public record EventRow(long globalIndex, String eventIdentifier, String type, String aggregateIdentifier,
                       long sequenceNumber, String payloadType, String payloadRevision, String payload,
                       String metaData, String timeStamp) {

    /** The columns {@link #read} expects, for a table aliased {@code alias} (empty for none). */
    static String columns(String alias) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return a + "global_index, " + a + "event_identifier, " + a + "meta_data, " + a + "payload, "
                + a + "payload_revision, " + a + "payload_type, " + a + "time_stamp, " + a + "aggregate_identifier, "
                + a + "sequence_number, " + a + "type";
    }

    static EventRow read(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong("global_index"), rs.getString("event_identifier"), rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("payload"), rs.getString("meta_data"),
                rs.getString("time_stamp"));
    }
}
