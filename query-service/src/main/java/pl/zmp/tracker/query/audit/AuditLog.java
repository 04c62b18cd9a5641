package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.common.DateTimeUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.platform.eventlog.EventFilter;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventlog.EventRow;
import pl.zmp.tracker.query.web.PageOf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit view of the event log, read-only. Large selections are streamed row by row inside a
 * read-only transaction (PostgreSQL only honours the event log's fetch size with auto-commit off),
 * so memory does not grow with the log.
 */
@Component
class AuditLog {

    // payloads are read as stored: exact decimals, trailing zeros kept
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final EventLog events;
    private final TransactionTemplate readOnly;

    AuditLog(EventLog events, PlatformTransactionManager transactions) {
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One aggregate's stream in sequence order. */
    PageOf<AuditEvent> history(String aggregateId, int page, int size) {
        return readOnly.execute(status -> {
            long total = events.count(EventFilter.ofAggregate(aggregateId));
            List<AuditEvent> items = total == 0 ? List.of() : events.history(aggregateId, size, (long) page * size)
                    .stream().map(row -> read(row).event()).toList();
            return PageOf.of(items, page, size, total);
        });
    }

    /** The events of one aggregate at these sequence numbers, in sequence order. */
    List<AuditEvent> events(String aggregateId, Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        long last = Collections.max(sequences);
        return readOnly.execute(status -> events.history(aggregateId, (int) last + 1, 0).stream()
                .filter(row -> sequences.contains(row.sequenceNumber())).map(row -> read(row).event()).toList());
    }

    /** Page {@code page} of the selection in global order, with the total count. */
    AuditLogPage page(AuditFilter filter, int page, int size) {
        return readOnly.execute(status -> {
            long offset = (long) page * size;
            List<AuditEvent> items = new ArrayList<>();
            long total;
            if (filter.checksRowsInJava()) {
                long[] matched = {0};
                stream(filter, event -> {
                    if (matched[0] >= offset && matched[0] < offset + size) {
                        items.add(event.event());
                    }
                    matched[0]++;
                });
                total = matched[0];
            } else {
                total = events.count(filter.events());
                events.page(filter.events(), size, offset).forEach(row -> items.add(read(row).event()));
            }
            Long next = offset + items.size() < total && !items.isEmpty()
                    ? items.get(items.size() - 1).globalPosition() : null;
            return new AuditLogPage(items, page, size, total, (total + size - 1) / size, null, next);
        });
    }

    /** Up to {@code size} events of the selection that follow {@code afterPosition} (keyset paging). */
    AuditLogPage after(AuditFilter filter, long afterPosition, int size) {
        return readOnly.execute(status -> {
            List<AuditEvent> items = new ArrayList<>();
            // one beyond the page tells whether more follow; reading stops there
            events.read(filter.after(afterPosition).events(), filter.checksRowsInJava() ? null : size + 1, row -> {
                StoredEvent event = read(row);
                if (filter.matches(event.event())) {
                    items.add(event.event());
                }
                return items.size() <= size;
            });
            boolean more = items.size() > size;
            List<AuditEvent> page = more ? items.subList(0, size) : items;
            Long next = more ? page.get(size - 1).globalPosition() : null;
            return new AuditLogPage(List.copyOf(page), null, size, null, null, afterPosition, next);
        });
    }

    /** Hands every selected event, in global order, to {@code sink} as it is read. */
    void export(AuditFilter filter, Consumer<StoredEvent> sink) {
        readOnly.executeWithoutResult(status -> stream(filter, sink));
    }

    private void stream(AuditFilter filter, Consumer<StoredEvent> sink) {
        events.read(filter.events(), null, row -> {
            StoredEvent event = read(row);
            if (filter.matches(event.event())) {
                sink.accept(event);
            }
            return true;
        });
    }

    private static StoredEvent read(EventRow row) {
        String metadataText = row.metaData();
        String payloadText = row.payload();
        String payloadType = row.payloadType();
        JsonNode metadata = metadataText == null ? JsonNodeFactory.instance.objectNode() : parse(metadataText);
        AuditEvent event = new AuditEvent(
                row.globalIndex(),
                row.eventIdentifier(),
                AggregateType.apiNameOf(row.type()),
                row.aggregateIdentifier(),
                row.sequenceNumber(),
                simpleName(payloadType),
                payloadType,
                row.payloadRevision(),
                DateTimeUtils.parseInstant(row.timeStamp()),
                text(metadata, "actor"),
                text(metadata, "correlationId"),
                text(metadata, "causationId"),
                text(metadata, "commandName"),
                metadata,
                parse(payloadText));
        return new StoredEvent(event, metadataText, payloadText);
    }

    /** The stored JSON as a tree; text that is not JSON is shown as it is rather than hidden. */
    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata instanceof ObjectNode ? metadata.get(key) : null;
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String simpleName(String className) {
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(cut + 1);
    }
}
