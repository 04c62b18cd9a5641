package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.query.dashboard.HistoricStatistics;
import pl.zmp.tracker.query.export.ExportFiles;
import pl.zmp.tracker.query.export.TableFormat;
import pl.zmp.tracker.query.web.PageOf;
import pl.zmp.tracker.values.TimePoint;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event store as auditors read it: an aggregate's history, the global log, "
        + "exports, the lineage of the dashboard's figures")
@Validated
class AuditController {

    static final String IDENTIFIER = "[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*";

    static final String CORRELATION = "exactly the correlation id in the event's metadata: the events of one "
            + "request and of everything it caused";

    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private static final String FIGURES = "must be projects, municipalities, partners, total-value or people-trained";

    private final AuditLog log;
    private final Lineage lineage;
    private final ObjectMapper json;
    private final Clock clock;

    AuditController(AuditLog log, Lineage lineage, ObjectMapper json, Clock clock) {
        this.log = log;
        this.lineage = lineage;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/aggregates/{aggregateId}/events")
    @Operation(summary = "The full stream of one aggregate, in sequence order",
            description = "Every event with its position, type, revision, time, actor, correlation and causation "
                    + "ids, command, metadata and payload as stored. 404 if the aggregate has no events.")
    PageOf<AuditEvent> history(
            @PathVariable @Size(min = 1, max = 255) String aggregateId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        PageOf<AuditEvent> history = log.history(aggregateId, page, size);
        if (history.totalItems() == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no events for aggregate " + aggregateId);
        }
        return history;
    }

    @GetMapping("/events")
    @Operation(summary = "The global audit log, in global order",
            description = "Filters combine (AND) and are matched literally. Page by number (page, size: with totals) "
                    + "or, for long reads, by position: afterPosition answers the events after that global "
                    + "position, and nextAfterPosition is where to continue.")
    AuditLogPage events(
            @Parameter(description = "exactly the actor in the event's metadata, e.g. anonymous, system:seed")
            @RequestParam(required = false) @Size(min = 1, max = 200) String actor,
            @Parameter(description = CORRELATION)
            @RequestParam(required = false) @Size(min = 1, max = 200) String correlationId,
            @Parameter(description = "simple class name (ProjectRegistered) or fully qualified class name")
            @RequestParam(required = false) @Size(max = 255) @Pattern(regexp = IDENTIFIER, message = "must be a class name") String eventType,
            @Parameter(description = "lower case, as in every path and answer", example = "project")
            @RequestParam(required = false) @Pattern(regexp = AggregateType.API_NAMES, message = AggregateType.API_NAMES_MESSAGE) String aggregateType,
            @RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
            @Parameter(description = "ISO-8601 instant, inclusive, e.g. 2026-01-01T00:00:00Z")
            @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive")
            @RequestParam(required = false) String to,
            @Parameter(description = "only events after this global position (keyset paging); not with page")
            @RequestParam(required = false) @Min(0) Long afterPosition,
            @RequestParam(required = false) @Min(0) @Max(10_000_000) Integer page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        AuditFilter filter = filter(actor, correlationId, eventType, aggregateType, aggregateId, from, to, null);
        if (afterPosition != null) {
            if (page != null) {
                throw new InvalidFieldException("page", "cannot be combined with afterPosition");
            }
            return log.after(filter, afterPosition, size);
        }
        return log.page(filter, page == null ? 0 : page, size);
    }

    @GetMapping("/events/export")
    @Operation(summary = "The selection of the audit log, streamed as a file",
            description = "format=ndjson: one JSON object per line, as the audit log's items "
                    + "(application/x-ndjson). format=csv: RFC 4180 with a header row, metadata and payload as "
                    + "the stored JSON text (text/csv, UTF-8 with a byte order mark; separator=semicolon for Excel "
                    + "in a Polish locale). format=xlsx: the same columns in a workbook. Same filters as the audit "
                    + "log; afterPosition exports only what follows a position. The file is named "
                    + "audit-log-<UTC moment to the millisecond>.<format>.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the file, as an attachment", content = {
                            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary"))})})
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "ndjson") @Pattern(regexp = "ndjson|csv|xlsx", message = "must be ndjson, csv or xlsx") String format,
            @Parameter(description = "CSV only: comma (RFC 4180) or semicolon (Excel in a Polish locale)")
            @RequestParam(defaultValue = "comma") @Pattern(regexp = "comma|semicolon", message = "must be comma or semicolon") String separator,
            @RequestParam(required = false) @Size(min = 1, max = 200) String actor,
            @Parameter(description = CORRELATION)
            @RequestParam(required = false) @Size(min = 1, max = 200) String correlationId,
            @RequestParam(required = false) @Size(max = 255) @Pattern(regexp = IDENTIFIER, message = "must be a class name") String eventType,
            @Parameter(description = "lower case, as in every path and answer", example = "project")
            @RequestParam(required = false) @Pattern(regexp = AggregateType.API_NAMES, message = AggregateType.API_NAMES_MESSAGE) String aggregateType,
            @RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) @Min(0) Long afterPosition) {
        AuditFilter filter = filter(actor, correlationId, eventType, aggregateType, aggregateId, from, to,
                afterPosition);
        AuditExport export = AuditExport.of(format);
        String filename = ExportFiles.fileName("audit-log", clock.instant(), export.extension());
        TableFormat.Separator columns = TableFormat.Separator.of(separator);
        StreamingResponseBody body = out -> {
            try (AuditExport.Writer writer = export.open(out, json, columns)) {
                log.export(filter, writer);
            }
        };
        return ExportFiles.attachment(filename, export.mediaType(), body);
    }

    @GetMapping("/lineage")
    @Operation(summary = "The events a dashboard figure comes from",
            description = "For each thing the figure counts or adds up, the event that set it as the read model holds "
                    + "it: each project's registration (projects), the enrolment of each municipality taking part "
                    + "(municipalities), the addition of each active partner (partners), each project's latest total "
                    + "value statement in the currency (total-value), each project's latest count of people trained "
                    + "(people-trained). Answers the figure's value beside its events, in global order. With projectId: "
                    + "that project's share; with asOf and/or knownAt: as the dashboard showed it for that moment.")
    Lineage.FigureLineage lineage(
            @Parameter(description = "projects, municipalities, partners, total-value or people-trained")
            @RequestParam @Pattern(regexp = Lineage.Figure.API_NAMES, message = FIGURES) String figure,
            @Parameter(description = "only this project's share of the figure")
            @RequestParam(required = false) @Size(min = 1, max = 255) String projectId,
            @Parameter(description = "ISO 4217 code; required with total-value, which is never added up across currencies")
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as PLN") String currency,
            @Parameter(description = "business time, as on the dashboard: the facts that had happened by then; "
                    + TimePoint.FORMAT)
            @RequestParam(required = false) String asOf,
            @Parameter(description = "recording time, as on the dashboard: what had been recorded by then; "
                    + TimePoint.FORMAT)
            @RequestParam(required = false) String knownAt) {
        Lineage.Figure chosen = Lineage.Figure.ofApiName(figure);
        if (chosen == Lineage.Figure.TOTAL_VALUE && currency == null) {
            throw new InvalidFieldException("currency", "is required with total-value");
        }
        if (chosen != Lineage.Figure.TOTAL_VALUE && currency != null) {
            throw new InvalidFieldException("currency", "is taken only with total-value");
        }
        return lineage.of(chosen, projectId, currency, HistoricStatistics.point("asOf", asOf),
                HistoricStatistics.point("knownAt", knownAt));
    }

    private static AuditFilter filter(String actor, String correlationId, String eventType, String aggregateType,
                                      String aggregateId,
                                      String from, String to, Long afterPosition) {
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidFieldException("to", "must be later than from");
        }
        String storedType = aggregateType == null ? null
                : AggregateType.ofApiName(aggregateType).orElseThrow().storedName();
        return new AuditFilter(actor, correlationId, eventType, storedType, aggregateId, since, until, afterPosition);
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "must be an ISO-8601 instant with an offset, e.g. 2026-01-31T23:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidFieldException(field, "must be within the years 0000 to 9999");
        }
        return instant;
    }
}
