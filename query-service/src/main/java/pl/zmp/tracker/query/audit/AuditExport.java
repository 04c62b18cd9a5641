package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import pl.zmp.tracker.query.export.TableFormat;
import pl.zmp.tracker.query.export.TableWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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

    /**
     * RFC 4180 CSV with a header row, UTF-8 with a byte order mark (so Excel keeps Polish letters), comma- or
     * semicolon-separated; metadata and payload as the JSON text stored.
     */
    CSV(TableFormat.CSV),

    /** An XLSX workbook with the CSV's columns. */
    XLSX(TableFormat.XLSX);

    /** The columns of the tabular formats, in order. */
    static final List<String> COLUMNS = List.of("globalPosition", "time", "aggregateType", "aggregateId", "sequence",
            "eventType", "eventClass", "revision", "actor", "correlationId", "causationId", "commandName", "eventId",
            "metadata", "payload");

    AuditExport(TableFormat table) {
        this(table.extension(), table.mediaType(), table);
    }

    AuditExport(String extension, MediaType mediaType) {
        this(extension, mediaType, null);
    }

    AuditExport(String extension, MediaType mediaType, TableFormat table) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.table = table;
    }

    /** A tabular format's writer: one row per event. */
    Writer open(OutputStream out, ObjectMapper json, TableFormat.Separator separator) throws IOException {
        if (table == null) {
            return open(out, json);
        }
        TableWriter rows = table.open(out, separator, "Audit", COLUMNS);
        return new Writer() {
            @Override
            public void accept(StoredEvent stored) {
                AuditEvent e = stored.event();
                try {
                    rows.row(Arrays.asList(e.globalPosition(), e.time().toString(), e.aggregateType(), e.aggregateId(),
                            e.sequence(), e.eventType(), e.eventClass(), e.revision(), e.actor(), e.correlationId(),
                            e.causationId(), e.commandName(), e.eventId(), stored.metadataText(), stored.payloadText()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    private final String extension;
    private final MediaType mediaType;
    private final TableFormat table;

    static AuditExport of(String format) {
        return valueOf(format.toUpperCase(Locale.ROOT));
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The writer of a format that is not a table (NDJSON). */
    Writer open(OutputStream out, ObjectMapper json) throws IOException {
        throw new IllegalStateException(this + " is a table: open it with a separator");
    }

    /** Takes the exported events one at a time; closing finishes the document. */
    interface Writer extends Consumer<StoredEvent>, AutoCloseable {
        @Override
        void close() throws IOException;
    }
}
