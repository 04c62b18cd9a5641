package pl.zmp.tracker.command.audit;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import pl.zmp.tracker.command.axon.AggregateTips;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Chains each aggregate's events: adds {@code previousHash} and {@code hash} to every event's metadata
 * just before the event store appends it (Axon runs event dispatch interceptors at the unit of work's
 * prepare commit, on the whole batch). The payload and metadata are serialized the way the store will
 * serialize them, so the hash can be recomputed from the stored row.
 */
class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Serializer eventSerializer;
    private final EventLog eventLog;

    HashChainInterceptor(Serializer eventSerializer, EventLog eventLog) {
        this.eventSerializer = eventSerializer;
        this.eventLog = eventLog;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, String> lastHashInBatch = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(chain(message, lastHashInBatch));
        }
        return (index, message) -> chained.get(index);
    }

    private EventMessage<?> chain(EventMessage<?> message, Map<String, String> lastHashInBatch) {
        Map<String, Object> metaData = new HashMap<>(message.getMetaData());
        metaData.remove(EventHashes.HASH);
        metaData.remove(EventHashes.PREVIOUS_HASH);
        metaData.put(EventHashes.HASH_VERSION, EventHashes.CURRENT_VERSION);
        EventMessage<?> unchained = message.withMetaData(metaData);

        // the storage engine stores a non-domain event as its own aggregate: id = event id, sequence 0
        String aggregateType = null;
        String aggregateId = message.getIdentifier();
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domainEvent) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        String previousHash = lastHashInBatch.containsKey(aggregateId)
                ? lastHashInBatch.get(aggregateId)
                : storedPreviousHash(aggregateId, sequence);

        SerializedObject<String> payload = unchained.serializePayload(eventSerializer, String.class);
        SerializedObject<String> storedMetaData = unchained.serializeMetaData(eventSerializer, String.class);
        // the identifier and the recording time exactly as the storage engine will write them
        StoredEvent stored = new StoredEvent(aggregateType, aggregateId, sequence,
                payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), storedMetaData.getData(),
                unchained.getIdentifier(), DateTimeUtils.formatInstant(unchained.getTimestamp()));
        String hash = EventHashes.hash(stored, previousHash);
        lastHashInBatch.put(aggregateId, hash);
        return unchained.andMetaData(MetaData.with(EventHashes.PREVIOUS_HASH, previousHash)
                .and(EventHashes.HASH, hash));
    }

    /**
     * The hash of the aggregate's highest stored event before this one: from the tip the command read with
     * its aggregate's lock when it did, else read in the command's own transaction.
     */
    private String storedPreviousHash(String aggregateId, long sequence) {
        if (sequence == 0) {
            return EventHashes.GENESIS;
        }
        Optional<String> metaData = AggregateTips.before(aggregateId, sequence)
                .map(AggregateTips.Tip::metaData)
                .or(() -> eventLog.metaDataBefore(aggregateId, sequence));
        String previous = metaData.map(json -> EventHashes.metaDataValue(json, EventHashes.HASH)).orElse(null);
        return previous == null ? EventHashes.GENESIS : previous;
    }
}
