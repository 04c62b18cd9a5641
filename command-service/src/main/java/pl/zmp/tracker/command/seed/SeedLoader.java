package pl.zmp.tracker.command.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandMetadata;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.values.TimePoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads a seed file (a versioned list of commands) through the command gateway, exactly as if a
 * coordinator had sent each command. Every command carries an idempotency key derived from its
 * content, so loading the same file again changes nothing.
 * <p>
 * Business time: a {@code BusinessTime} entry (not a command) sets the {@code occurredOn} and the
 * {@code basis} (the source's words or the assumption behind the date) of the commands after it; a
 * command may state its own {@code occurredOn} and {@code basis}. A date means the start of that day in
 * Warsaw. The basis travels in the events' metadata.
 */
@Component
public class SeedLoader {

    public static final String SEED_ACTOR = "system:seed";
    static final String BUSINESS_TIME = "BusinessTime";
    static final String OCCURRED_ON = "occurredOn";
    static final String BASIS = "basis";
    private static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final CommandDispatcher dispatcher;
    private final ResourceLoader resources;
    private final EventLog eventLog;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper commands = EventJson.objectMapper()
            .copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, Class<?>> commandTypes = SeedCommandTypes.scan();

    SeedLoader(CommandDispatcher dispatcher, ResourceLoader resources, EventLog eventLog) {
        this.dispatcher = dispatcher;
        this.resources = resources;
        this.eventLog = eventLog;
    }

    public SeedReport load(String location) {
        JsonNode seed = read(resources.getResource(location));
        long eventsBefore = countEvents();
        int count = 0;
        JsonNode businessTime = yaml.createObjectNode();
        for (JsonNode entry : seed.path("commands")) {
            Map.Entry<String, JsonNode> command = single(entry, count);
            if (BUSINESS_TIME.equals(command.getKey())) {
                businessTime = command.getValue();
                continue;
            }
            ObjectNode fields = (ObjectNode) resolveReferences(command.getValue());
            String basis = fields.has(BASIS) ? fields.remove(BASIS).asText() : businessTime.path(BASIS).asText(null);
            if (!fields.has(OCCURRED_ON) && businessTime.hasNonNull(OCCURRED_ON)) {
                fields.set(OCCURRED_ON, businessTime.get(OCCURRED_ON));
            }
            if (fields.hasNonNull(OCCURRED_ON)) {
                fields.put(OCCURRED_ON, moment(fields.get(OCCURRED_ON).asText(), count));
            }
            send(command.getKey(), fields, basis, count);
            count++;
        }
        SeedReport report = new SeedReport(location, seed.path("version").asInt(), count, countEvents() - eventsBefore);
        log.info("Seed {} (version {}): {} commands, {} new events", location, report.version(), count,
                report.eventsAppended());
        return report;
    }

    private void send(String name, JsonNode fields, String basis, int index) {
        Class<?> type = commandTypes.get(name);
        if (type == null) {
            throw new IllegalArgumentException("seed command #" + index + ": unknown command " + name);
        }
        Object command;
        try {
            command = commands.treeToValue(fields, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("seed command #" + index + " (" + name + "): " + e.getMessage(), e);
        }
        // the key leaves the business time out: a store seeded before the seed was dated knows each command by it
        ObjectNode undated = ((ObjectNode) fields).deepCopy();
        undated.remove(OCCURRED_ON);
        String key = "seed:" + DigestUtils.md5DigestAsHex((name + undated).getBytes(StandardCharsets.UTF_8));
        try {
            dispatcher.dispatch(command, CommandOptions.idempotent(key), SEED_ACTOR,
                    basis == null ? Map.of() : Map.of(CommandMetadata.BASIS, basis));
        } catch (CommandRejectedException e) {
            if (!KEY_REUSED.equals(e.code())) {
                throw e;
            }
            // loaded before from an undated version of the seed: its events stand as recorded, never rewritten
            log.warn("Seed command #{} ({}) was loaded before without its business time; kept as recorded", index, name);
        }
    }

    /** A date (the start of that day in Warsaw) or an instant with its offset, as an ISO instant. */
    private static String moment(String text, int index) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(TimePoint.BUSINESS_ZONE).toInstant().toString()
                    : OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("seed command #" + index + ": occurredOn is not a date or an instant: "
                    + text, e);
        }
    }

    private static Map.Entry<String, JsonNode> single(JsonNode entry, int index) {
        Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
        if (!entry.isObject() || entry.size() != 1) {
            throw new IllegalArgumentException("seed command #" + index + " must be a one-key map: command name -> fields");
        }
        return fields.next();
    }

    /** Replaces every "@kind/name" string with the stable id it stands for. */
    private static JsonNode resolveReferences(JsonNode node) {
        if (node.isTextual() && node.asText().startsWith(SeedIds.PREFIX)) {
            return TextNode.valueOf(SeedIds.of(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolveReferences(field.getValue())));
            return copy;
        }
        return node;
    }

    private JsonNode read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + resource, e);
        }
    }

    private long countEvents() {
        return eventLog.count();
    }
}
