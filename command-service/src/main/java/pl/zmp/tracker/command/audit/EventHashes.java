package pl.zmp.tracker.command.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chains of the event log. An event's hash is SHA-256 (lower-case hex) over the UTF-8 bytes of
 * its canonical form: a JSON object with the keys {@code aggregateId, aggregateType, metaData, payload,
 * payloadRevision, payloadType, previousHash, sequenceNumber}, where {@code payload} and {@code metaData}
 * are the stored JSON texts read back as trees ({@code metaData} without {@code hash} and
 * {@code previousHash}), every object's keys sorted, no insignificant whitespace. It is defined on the
 * stored text, so anyone can recompute it from a row of the event table alone.
 * <p>
 * Hash version 2 (metadata {@code hashVersion: "2"}, every event recorded since it was introduced) adds
 * the keys {@code eventIdentifier} and {@code timeStamp}, the stored columns, so that giving an event
 * another identity or backdating its recording is caught too. Events recorded before carry no
 * {@code hashVersion} and are verified by the form they were hashed in; dropping the key from a newer
 * event's metadata changes that metadata, so it does not pass for an older one.
 */
public final class EventHashes {

    /** Metadata key of the event's own hash. */
    public static final String HASH = "hash";
    /** Metadata key of the hash of the same aggregate's previous event. */
    public static final String PREVIOUS_HASH = "previousHash";
    /** Metadata key of the version of the canonical form the event's hash is over. */
    public static final String HASH_VERSION = "hashVersion";
    /** The current version: identity and recording time included. */
    public static final String CURRENT_VERSION = "2";
    /** The previous hash of an aggregate's first event, and the chain hash before the first seal. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private EventHashes() {
    }

    /** The canonical JSON form of the stored event, the previous hash included. */
    public static String canonicalForm(StoredEvent event, String previousHash) {
        ObjectNode form = CANONICAL.createObjectNode();
        form.put("previousHash", previousHash);
        form.put("aggregateType", event.aggregateType());
        form.put("aggregateId", event.aggregateId());
        form.put("sequenceNumber", event.sequenceNumber());
        form.put("payloadType", event.payloadType());
        form.put("payloadRevision", event.payloadRevision());
        form.set("payload", tree(event.payloadJson()));
        JsonNode metaData = metaDataWithoutHashes(event.metaDataJson());
        form.set("metaData", metaData);
        if (CURRENT_VERSION.equals(metaData.path(HASH_VERSION).asText(null))) {
            form.put("eventIdentifier", event.eventIdentifier());
            form.put("timeStamp", event.timeStamp());
        }
        try {
            return CANONICAL.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the canonical form", e);
        }
    }

    /** The event's hash, chained to the previous hash of its aggregate. */
    public static String hash(StoredEvent event, String previousHash) {
        return sha256(canonicalForm(event, previousHash));
    }

    /** The seal chain: SHA-256 over the previous chain hash, the global index and the event's hash ({@code gap} for a gap). */
    public static String chainHash(String previousChainHash, long globalIndex, String eventHash) {
        return sha256(previousChainHash + globalIndex + (eventHash == null ? "gap" : eventHash));
    }

    /** A metadata value of the stored metadata text, or null. */
    public static String metaDataValue(String metaDataJson, String key) {
        JsonNode value = tree(metaDataJson).get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static JsonNode metaDataWithoutHashes(String metaDataJson) {
        JsonNode metaData = tree(metaDataJson);
        if (metaData instanceof ObjectNode object) {
            object.remove(HASH);
            object.remove(PREVIOUS_HASH);
        }
        return metaData;
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return CANONICAL.nullNode();
        }
        try {
            return CANONICAL.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("stored JSON is not readable: " + e.getOriginalMessage());
        }
    }

    /** A stored column that is not JSON: the row was damaged or edited. */
    public static class UnreadableEventException extends RuntimeException {
        UnreadableEventException(String message) {
            super(message);
        }
    }
}
