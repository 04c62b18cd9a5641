package pl.zmp.tracker.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read-model documents one unit of work has read and changed, by collection and id: a resource of
 * the root unit of work, so it lives and dies with the batch. Nothing is written until {@link #write},
 * which {@link ViewsWrittenAtBatchEnd} calls once the batch's last event has been handled; a unit of
 * work that interceptor is not on writes them at prepare-commit instead. A batch that fails is rolled
 * back with its copies, and the retry reads the documents again.
 */
final class PendingViews {

    private static final String RESOURCE = PendingViews.class.getName();

    private final Map<Key, Copy> copies = new HashMap<>();
    /** The aggregates the batch's events belong to: most views are keyed by their aggregate's id. */
    private final Set<String> aggregateIds;
    private final Set<String> prefetched = new HashSet<>();

    private PendingViews(Set<String> aggregateIds) {
        this.aggregateIds = aggregateIds;
    }

    private record Key(String collection, String id) {
    }

    /** A document as the batch has it: {@code view} is null while it does not exist. */
    private static final class Copy {
        private final ViewStore<?> store;
        private Object view;
        private boolean changed;

        private Copy(ViewStore<?> store, Object view) {
            this.store = store;
            this.view = view;
        }
    }

    private record Target(ViewStore<?> store, String collection) {
    }

    /**
     * The copies of the unit of work handling messages on this thread; none outside one, or once it
     * is committing (a callback after its commit must not change what can no longer be written).
     */
    static Optional<PendingViews> current() {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().root().phase() != UnitOfWork.Phase.STARTED) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.of(root.getOrComputeResource(RESOURCE, key -> {
            PendingViews pending = new PendingViews(aggregateIdsOf(root));
            root.onPrepareCommit(committing -> pending.write());
            return pending;
        }));
    }

    /** Writes what the unit of work has changed, if it has touched any document. */
    static void writeIn(UnitOfWork<?> unitOfWork) {
        PendingViews pending = unitOfWork.root().getResource(RESOURCE);
        if (pending != null) {
            pending.write();
        }
    }

    private static Set<String> aggregateIdsOf(UnitOfWork<?> unitOfWork) {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        batch.getMessages().forEach(message -> {
            if (message instanceof DomainEventMessage<?> event) {
                ids.add(event.getAggregateIdentifier());
            }
        });
        return ids;
    }

    /**
     * The batch's copy of the document; read from MongoDB the first time only. The first read in a
     * collection fetches the documents of all the batch's aggregates at once (one round trip instead
     * of one per event when a batch spans many aggregates).
     */
    @SuppressWarnings("unchecked")
    <V> Optional<V> find(ViewStore<V> store, String collection, String id, Supplier<V> load) {
        Key wanted = new Key(collection, id);
        if (!copies.containsKey(wanted) && aggregateIds.size() > 1 && aggregateIds.contains(id)
                && prefetched.add(collection)) {
            Map<String, V> found = store.findAll(collection, aggregateIds);
            aggregateIds.forEach(aggregateId ->
                    copies.putIfAbsent(new Key(collection, aggregateId), new Copy(store, found.get(aggregateId))));
        }
        Copy copy = copies.computeIfAbsent(wanted, key -> new Copy(store, load.get()));
        return Optional.ofNullable((V) copy.view);
    }

    <V> void changed(ViewStore<V> store, String collection, String id, V view) {
        Copy copy = copies.computeIfAbsent(new Key(collection, id), key -> new Copy(store, view));
        copy.view = view;
        copy.changed = true;
    }

    /**
     * Writes the documents changed since the last write, one bulk write per collection. A failure
     * propagates and fails the batch; documents the write did reach are complete up to their version,
     * so the retry skips the events they have and applies the rest.
     */
    void write() {
        Map<Target, Map<String, Object>> changed = new LinkedHashMap<>();
        copies.forEach((key, copy) -> {
            if (copy.changed) {
                changed.computeIfAbsent(new Target(copy.store, key.collection()), target -> new LinkedHashMap<>())
                        .put(key.id(), copy.view);
            }
        });
        changed.forEach((target, views) -> target.store().writeAll(target.collection(), views));
        copies.values().forEach(copy -> copy.changed = false);
    }
}
