package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

/** The formats a selection of the log is exported in, each written event by event. */
enum AuditExport {

    /** One JSON object per line, shaped as the audit log's items. */
    NDJSON("ndjson", MediaType.parseMediaType("application/x-ndjson")) {
        @Override
        Writer open(OutputStream out, ObjectMapper json) {
            return new Writer() {
                @Override
                public void accept(StoredEvent event) {
                    try {
                        out.write(json.writeValueAsBytes(event.event()));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }
    },

    /** RFC 4180 CSV with a header row; metadata and payload as the JSON text stored. */
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")) {
        @Override
        Writer open(OutputStream out, ObjectMapper json) throws IOException {
            CsvMapper mapper = CsvMapper.builder()
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    // quote a value only where RFC 4180 needs it (separator, quote, line break)
                    .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .build();
            CsvSchema schema = mapper.schemaFor(CsvRow.class).withHeader().withLineSeparator("\r\n");
            SequenceWriter rows = mapper.writer(schema).writeValues(out);
            return new Writer() {
                @Override
                public void accept(StoredEvent event) {
                    try {
                        rows.write(CsvRow.of(event));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() throws IOException {
                    rows.close();
                    out.flush();
                }
            };
        }
    };

    private final String extension;
    private final MediaType mediaType;

    AuditExport(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static AuditExport of(String format) {
        return valueOf(format.toUpperCase(Locale.ROOT));
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    abstract Writer open(OutputStream out, ObjectMapper json) throws IOException;

    /** Takes the exported events one at a time; closing finishes the document. */
    interface Writer extends Consumer<StoredEvent>, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** The CSV columns, in order. */
    @JsonPropertyOrder({"globalPosition", "time", "aggregateType", "aggregateId", "sequence", "eventType",
            "eventClass", "revision", "actor", "correlationId", "causationId", "commandName", "eventId",
            "metadata", "payload"})
    record CsvRow(long globalPosition, String time, String aggregateType, String aggregateId, long sequence,
                  String eventType, String eventClass, String revision, String actor, String correlationId,
                  String causationId, String commandName, String eventId, String metadata, String payload) {

        static CsvRow of(StoredEvent stored) {
            AuditEvent e = stored.event();
            return new CsvRow(e.globalPosition(), e.time().toString(), e.aggregateType(), e.aggregateId(),
                    e.sequence(), e.eventType(), e.eventClass(), e.revision(), e.actor(), e.correlationId(),
                    e.causationId(), e.commandName(), e.eventId(), stored.metadataText(), stored.payloadText());
        }
    }
}
