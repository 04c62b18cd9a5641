package pl.zmp.tracker.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an event stored before business time existed (the revision just before the one that added
 * {@code occurredOn}) as the current revision, with its recording time as the time it happened.
 * One upcaster for every {@link BusinessFact}; the stored row is never rewritten, so its hash still
 * verifies. Runs after every field-renaming upcaster of the same event (it is last in the chain).
 */
public class BusinessTimeUpcaster extends SingleEventUpcaster {

    public static final String FIELD = "occurredOn";
    private static final String EVENTS_PACKAGE = "pl.zmp.tracker.events.";

    /** Event class name -> its current revision, for every business fact (empty for anything else). */
    private final Map<String, Optional<String>> currentRevisions = new ConcurrentHashMap<>();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return revision != null && currentRevision(representation.getType().getName())
                .map(current -> revision.equals(String.valueOf(Integer.parseInt(current) - 1)))
                .orElse(false);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        String recordedAt = representation.getTimestamp().toString();
        return representation.upcastPayload(new SimpleSerializedType(name, currentRevision(name).orElseThrow()),
                JsonNode.class, payload -> withOccurredOn(payload, recordedAt));
    }

    private static JsonNode withOccurredOn(JsonNode payload, String recordedAt) {
        if (!(payload instanceof ObjectNode fields) || fields.hasNonNull(FIELD)) {
            return payload;
        }
        ObjectNode upcast = fields.deepCopy();
        upcast.set(FIELD, TextNode.valueOf(recordedAt));
        return upcast;
    }

    private Optional<String> currentRevision(String typeName) {
        if (!typeName.startsWith(EVENTS_PACKAGE)) {
            return Optional.empty();
        }
        return currentRevisions.computeIfAbsent(typeName, BusinessTimeUpcaster::revisionOf);
    }

    private static Optional<String> revisionOf(String typeName) {
        try {
            Class<?> type = Class.forName(typeName, false, BusinessTimeUpcaster.class.getClassLoader());
            Revision revision = type.getAnnotation(Revision.class);
            return BusinessFact.class.isAssignableFrom(type) && revision != null
                    ? Optional.of(revision.value()) : Optional.empty();
        } catch (ClassNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
