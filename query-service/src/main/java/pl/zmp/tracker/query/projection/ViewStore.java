package pl.zmp.tracker.query.projection;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import pl.zmp.tracker.query.store.ReadModelCollections;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and writes one read model's documents for its projection. Within an Axon unit of work (an
 * event processor's batch) a document is read at most once, every event of the batch changes that copy,
 * and the batch's changed documents are written together at its end ({@link PendingViews}). Without a
 * unit of work a change is saved at once.
 * <p>
 * A document lives in the collection the model has on the calling thread when it is read or saved
 * ({@link ReadModelCollections#name}: a rebuild redirects it only while a handler runs). That name is
 * kept with the batch's copy, so the deferred write goes where the handler meant it to. It is looked up
 * directly rather than through the document's {@code @Document} expression, which costs a SpEL
 * evaluation per call.
 */
public final class ViewStore<V> {

    private static final FindAndReplaceOptions UPSERT = FindAndReplaceOptions.options().upsert();

    private final MongoOperations mongo;
    private final Class<V> type;
    private final String model;

    /** {@code model}: the read model's name, the one the document's {@code @Document} expression names. */
    public ViewStore(MongoOperations mongo, Class<V> type, String model) {
        if (!mongo.getCollectionName(type).equals(ReadModelCollections.name(model))) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a document of read model " + model);
        }
        this.mongo = mongo;
        this.type = type;
        this.model = model;
    }

    public Optional<V> find(String id) {
        String collection = ReadModelCollections.name(model);
        Supplier<V> load = () -> mongo.findById(id, type, collection);
        return PendingViews.current().map(batch -> batch.find(this, collection, id, load))
                .orElseGet(() -> Optional.ofNullable(load.get()));
    }

    public void save(String id, V view) {
        String collection = ReadModelCollections.name(model);
        PendingViews.current().ifPresentOrElse(batch -> batch.changed(this, collection, id, view),
                () -> mongo.save(view, collection));
    }

    /** The documents with these ids, by id, in one round trip. */
    Map<String, V> findAll(String collection, Collection<String> ids) {
        Map<String, V> found = new HashMap<>();
        mongo.find(query(where("_id").in(ids)), Document.class, collection).forEach(document ->
                found.put(String.valueOf(document.get("_id")), mongo.getConverter().read(type, document)));
        return found;
    }

    /** Replaces (or inserts) the documents in one round trip. */
    void writeAll(String collection, Map<String, Object> views) {
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, type, collection);
        views.forEach((id, view) -> bulk.replaceOne(query(where("_id").is(id)), view, UPSERT));
        bulk.execute();
    }
}
