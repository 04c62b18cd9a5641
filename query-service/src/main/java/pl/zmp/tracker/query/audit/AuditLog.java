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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.query.infra.PageOf;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the event store's table directly with JDBC, read-only. Large selections are streamed row
 * by row with a bounded fetch size inside a read-only transaction (PostgreSQL only honours the
 * fetch size with auto-commit off), so memory does not grow with the log.
 */
@Component
class EventLog {

    private static final int FETCH_SIZE = 500;

    private static final String COLUMNS = "global_index, event_identifier, meta_data, payload, payload_revision, "
            + "payload_type, time_stamp, aggregate_identifier, sequence_number, type";
    private static final String TABLE = " from domain_event_entry";

    // payloads are read as stored: exact decimals, trailing zeros kept
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    EventLog(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One aggregate's stream in sequence order. */
    PageOf<AuditEvent> history(String aggregateId, int page, int size) {
        return readOnly.execute(status -> {
            long total = jdbc.queryForObject("select count(*)" + TABLE + " where aggregate_identifier = ?",
                    Long.class, aggregateId);
            List<AuditEvent> items = total == 0 ? List.of() : jdbc.query(
                    "select " + COLUMNS + TABLE + " where aggregate_identifier = ? order by sequence_number"
                            + " limit ? offset ?",
                    (rs, row) -> read(rs).event(), aggregateId, size, (long) page * size);
            return PageOf.of(items, page, size, total);
        });
    }

    /** Page {@code page} of the selection in global order, with the total count. */
    AuditLogPage page(AuditFilter filter, int page, int size) {
        return readOnly.execute(status -> {
            List<Object> parameters = new ArrayList<>();
            String where = filter.where(parameters);
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
                total = jdbc.queryForObject("select count(*)" + TABLE + where, Long.class, parameters.toArray());
                parameters.add(size);
                parameters.add(offset);
                jdbc.query("select " + COLUMNS + TABLE + where + " order by global_index limit ? offset ?",
                        (RowCallbackHandler) rs -> items.add(read(rs).event()), parameters.toArray());
            }
            Long next = offset + items.size() < total && !items.isEmpty()
                    ? items.get(items.size() - 1).globalPosition() : null;
            return new AuditLogPage(items, page, size, total, (total + size - 1) / size, null, next);
        });
    }

    /** Up to {@code size} events of the selection that follow {@code afterPosition} (keyset paging). */
    AuditLogPage after(AuditFilter filter, long afterPosition, int size) {
        return readOnly.execute(status -> {
            List<Object> parameters = new ArrayList<>();
            String where = filter.after(afterPosition).where(parameters);
            String sql = "select " + COLUMNS + TABLE + where + " order by global_index";
            if (!filter.checksRowsInJava()) {
                sql += " limit ?";
                parameters.add(size + 1);
            }
            List<AuditEvent> items = jdbc.query(sql, rs -> {
                List<AuditEvent> found = new ArrayList<>();
                // one beyond the page tells whether more follow; reading stops there
                while (found.size() <= size && rs.next()) {
                    StoredEvent event = read(rs);
                    if (filter.matches(event.event())) {
                        found.add(event.event());
                    }
                }
                return found;
            }, parameters.toArray());
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
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        jdbc.query("select " + COLUMNS + TABLE + where + " order by global_index", (RowCallbackHandler) rs -> {
            StoredEvent event = read(rs);
            if (filter.matches(event.event())) {
                sink.accept(event);
            }
        }, parameters.toArray());
    }

    private static StoredEvent read(ResultSet rs) throws SQLException {
        String metadataText = rs.getString("meta_data");
        String payloadText = rs.getString("payload");
        String payloadType = rs.getString("payload_type");
        JsonNode metadata = metadataText == null ? JsonNodeFactory.instance.objectNode() : parse(metadataText);
        AuditEvent event = new AuditEvent(
                rs.getLong("global_index"),
                rs.getString("event_identifier"),
                rs.getString("type"),
                rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"),
                simpleName(payloadType),
                payloadType,
                rs.getString("payload_revision"),
                DateTimeUtils.parseInstant(rs.getString("time_stamp")),
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
