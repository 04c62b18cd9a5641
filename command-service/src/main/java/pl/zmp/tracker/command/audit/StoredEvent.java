package pl.zmp.tracker.command.audit;

import pl.zmp.tracker.platform.eventlog.EventRow;

/**
 * One event as the store keeps it, columns as text: what a hash is computed over, at append time and
 * when verifying.
 *
 * @param payloadJson     the {@code payload} column
 * @param metaDataJson    the {@code meta_data} column (may still hold the hash keys; they are left out of the hash)
 * @param eventIdentifier the {@code event_identifier} column
 * @param timeStamp       the {@code time_stamp} column: when the event was recorded, as stored
 */
public record StoredEvent(String aggregateType, String aggregateId, long sequenceNumber,
                          String payloadType, String payloadRevision, String payloadJson, String metaDataJson,
                          String eventIdentifier, String timeStamp) {

    /** An event known by its content alone (hashed the way events recorded before hash version 2 were). */
    public StoredEvent(String aggregateType, String aggregateId, long sequenceNumber, String payloadType,
                       String payloadRevision, String payloadJson, String metaDataJson) {
        this(aggregateType, aggregateId, sequenceNumber, payloadType, payloadRevision, payloadJson, metaDataJson,
                null, null);
    }

    static StoredEvent of(EventRow row) {
        return new StoredEvent(row.type(), row.aggregateIdentifier(), row.sequenceNumber(), row.payloadType(),
                row.payloadRevision(), row.payload(), row.metaData(), row.eventIdentifier(), row.timeStamp());
    }
}
