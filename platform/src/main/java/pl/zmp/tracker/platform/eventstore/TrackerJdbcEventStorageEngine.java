package pl.zmp.tracker.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.stream.Stream;

/** Axon's JDBC storage engine, which does not look for a snapshot the unit of work knows is not there. */
class TrackerJdbcEventStorageEngine extends JdbcEventStorageEngine {

    TrackerJdbcEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return SnapshotsNotTaken.noted(aggregateIdentifier) ? Stream.empty() : super.readSnapshotData(aggregateIdentifier);
    }
}
