package pl.zmp.tracker.query.projection;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * The processors' tokens as the token store holds them, read without claiming them: how far each
 * segment's projection had got when its owner (this instance or another) last stored its token,
 * which it does only after the batch's views are written.
 */
@Component
class StoredTokens {

    private final MongoTemplate mongo;
    private final Serializer serializer;

    StoredTokens(MongoTemplate axonMongoTemplate, Serializer serializer) {
        this.mongo = axonMongoTemplate;
        this.serializer = serializer;
    }

    /** Each segment of the processor with the global position its stored token has reached; -1 for none yet. */
    Map<Integer, Long> positions(String processorName) {
        Map<Integer, Long> positions = new TreeMap<>();
        for (Document entry : mongo.trackingTokensCollection().find(Filters.eq("processorName", processorName))) {
            Object token = entry.get("token");
            long position = -1;
            if (token != null && entry.getString("tokenType") != null) {
                TrackingToken stored = serializer.deserialize(new SimpleSerializedObject<>(
                        token.toString(), String.class, entry.getString("tokenType"), null));
                position = stored == null ? -1 : stored.position().orElse(-1);
            }
            positions.put(entry.getInteger("segment"), position);
        }
        return positions;
    }
}
