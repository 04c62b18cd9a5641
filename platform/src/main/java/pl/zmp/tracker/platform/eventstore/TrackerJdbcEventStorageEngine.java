package pl.zmp.tracker.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, which does not look for a snapshot the unit of work knows is not there, and
 * which reads the timestamps of the events it streams to processors with {@link StoredTimestamps}.
 */
class TrackerJdbcEventStorageEngine extends JdbcEventStorageEngine {

    TrackerJdbcEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return SnapshotsNotTaken.noted(aggregateIdentifier) ? Stream.empty() : super.readSnapshotData(aggregateIdentifier);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> read = super.getTrackedEventData(resultSet, previousToken);
        if (read instanceof TrackedDomainEventData<?> tracked) {
            return new TrackedDomainEventData<>(tracked.trackingToken(),
                    new TimestampParsedQuickly<>(tracked, resultSet.getString(schema().timestampColumn())));
        }
        return read;
    }

    /** A stored event whose timestamp is read from its column's text by {@link StoredTimestamps}. */
    private record TimestampParsedQuickly<T>(DomainEventData<T> event, String timestamp) implements DomainEventData<T> {

        @Override
        public Instant getTimestamp() {
            return StoredTimestamps.parse(timestamp);
        }

        @Override
        public String getType() {
            return event.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return event.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return event.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return event.getEventIdentifier();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return event.getPayload();
        }
    }
}
