package pl.zmp.tracker.events.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a stored revision-1 {@link OrganisationRegistered} as revision 2: the field {@code shortName}
 * is now {@code acronym}. The stored row is never rewritten; each reader upcasts on the way in.
 */
public class OrganisationRegisteredUpcaster extends SingleEventUpcaster {

    static final String OLD_FIELD = "shortName";
    static final String NEW_FIELD = "acronym";

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(OrganisationRegistered.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(OrganisationRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, OrganisationRegisteredUpcaster::renameShortName);
    }

    private static JsonNode renameShortName(JsonNode revision1) {
        if (!(revision1 instanceof ObjectNode fields) || !fields.has(OLD_FIELD)) {
            return revision1;
        }
        ObjectNode revision2 = fields.deepCopy();
        revision2.set(NEW_FIELD, revision2.remove(OLD_FIELD));
        return revision2;
    }
}
