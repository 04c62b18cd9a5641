package pl.zmp.tracker.query.export;

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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pl.zmp.tracker.query.store.Names;
import pl.zmp.tracker.query.project.Financing;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;
import pl.zmp.tracker.values.ProjectStatus;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreadsheet exports of the read models people work with in Excel: the project catalogue and the outcomes
 * of recruitments (one row per application). The audit log's export is the audit feature's own.
 */
@RestController
@Tag(name = "Exports", description = "The project catalogue and recruitment outcomes as CSV or XLSX files")
@Validated
class ExportController {

    static final String FORMATS = "csv|xlsx";
    static final String SEPARATORS = "comma|semicolon";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    static final List<String> PROJECT_COLUMNS = List.of("id", "title", "programmeLine", "status", "plannedFrom",
            "plannedTo", "reportingOrganisation", "participants", "partners", "totalValue", "currency",
            "approximation", "updatedAt");
    static final List<String> RECRUITMENT_COLUMNS = List.of("recruitmentId", "projectId", "projectTitle", "round",
            "title", "deadline", "places", "closed", "closedAt", "municipalityId", "municipality", "submittedAt",
            "outcome", "reason");

    private final MongoTemplate mongo;
    private final Names names;
    private final Clock clock;

    ExportController(MongoTemplate mongo, Names names, Clock clock) {
        this.mongo = mongo;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/api/projects/export")
    @Operation(summary = "The project catalogue as a CSV or XLSX file",
            description = "One row per project, sorted by title: planned period, status, reporting organisation, "
                    + "active participants and partners, total value with its currency and approximation. "
                    + "format=xlsx (default) or csv (UTF-8 with a byte order mark, so Excel keeps Polish letters; "
                    + "separator=semicolon for Excel in a Polish locale, with decimal commas). Filters as the catalogue's. "
                    + "The file is named projects-<UTC moment to the millisecond>.<format>.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the file, as an attachment", content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary"))})})
    ResponseEntity<StreamingResponseBody> projects(
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = FORMATS, message = "must be csv or xlsx") String format,
            @Parameter(description = "CSV only: comma (RFC 4180) or semicolon (Excel in a Polish locale)")
            @RequestParam(defaultValue = "comma") @Pattern(regexp = SEPARATORS, message = "must be comma or semicolon") String separator,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) @Size(max = 300) String programmeLine,
            @Parameter(description = "a calendar year the planned period touches")
            @RequestParam(required = false) @Min(1990) @Max(2100) Integer year) {
        List<Criteria> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Criteria.where("status").is(status.name()));
        }
        if (programmeLine != null) {
            filters.add(Criteria.where("programmeLine").is(programmeLine));
        }
        if (year != null) {
            filters.add(Criteria.where("years").is(year));
        }
        Query query = filters.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(filters));
        query.with(Sort.by("title", "_id"));
        List<ProjectView> projects = mongo.find(query, ProjectView.class);
        Set<String> organisations = new HashSet<>();
        projects.forEach(project -> organisations.add(project.getReportingOrganisationId()));
        Map<String, String> organisationNames = names.organisations(organisations);
        TableFormat table = TableFormat.of(format);
        StreamingResponseBody body = out -> {
            try (TableWriter writer = table.open(out, TableFormat.Separator.of(separator), "Projekty", PROJECT_COLUMNS)) {
                for (ProjectView project : projects) {
                    writer.row(projectRow(project, organisationNames));
                }
            }
        };
        return ExportFiles.attachment(ExportFiles.fileName("projects", clock.instant(), table.extension()),
                table.mediaType(), body);
    }

    @GetMapping("/api/recruitments/export")
    @Operation(summary = "Recruitment outcomes as a CSV or XLSX file",
            description = "One row per application (a call without applications: one row with the call alone), "
                    + "by deadline: the call, its deadline in Europe/Warsaw, places, whether it is closed, the "
                    + "municipality, when it applied and the outcome (SUBMITTED, ACCEPTED, REJECTED) with the reason. "
                    + "format and separator as for the project export. "
                    + "The file is named recruitments-<UTC moment to the millisecond>.<format>.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the file, as an attachment", content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary"))})})
    ResponseEntity<StreamingResponseBody> recruitments(
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = FORMATS, message = "must be csv or xlsx") String format,
            @Parameter(description = "CSV only: comma (RFC 4180) or semicolon (Excel in a Polish locale)")
            @RequestParam(defaultValue = "comma") @Pattern(regexp = SEPARATORS, message = "must be comma or semicolon") String separator,
            @RequestParam(defaultValue = "all") @Pattern(regexp = "open|closed|all", message = "must be open, closed or all") String state,
            @Parameter(description = "only the calls of this project")
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String projectId) {
        Query query = projectId == null ? new Query() : Query.query(Criteria.where("projectId").is(projectId));
        query.with(Sort.by("deadline", "round", "_id"));
        List<RecruitmentView> calls = mongo.find(query, RecruitmentView.class).stream()
                .filter(call -> state.equals("all") || call.isClosed() == state.equals("closed"))
                .toList();
        Set<String> projects = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        calls.forEach(call -> {
            projects.add(call.getProjectId());
            call.getApplications().forEach(application -> municipalities.add(application.municipalityId()));
        });
        Map<String, String> projectTitles = names.projects(projects);
        Map<String, String> municipalityNames = names.municipalities(municipalities);
        TableFormat table = TableFormat.of(format);
        StreamingResponseBody body = out -> {
            try (TableWriter writer = table.open(out, TableFormat.Separator.of(separator), "Nabory", RECRUITMENT_COLUMNS)) {
                for (RecruitmentView call : calls) {
                    List<Object> callCells = Arrays.asList(call.getId(), call.getProjectId(),
                            projectTitles.get(call.getProjectId()), call.getRound(), call.getTitle(),
                            call.getDeadline() == null ? null : call.getDeadline().atZoneSameInstant(WARSAW).toOffsetDateTime(),
                            call.getPlaces(), call.isClosed(), call.getClosedAt());
                    if (call.getApplications().isEmpty()) {
                        writer.row(concat(callCells, Arrays.asList(null, null, null, null, null)));
                    }
                    for (RecruitmentView.Application application : call.getApplications()) {
                        writer.row(concat(callCells, Arrays.asList(application.municipalityId(),
                                municipalityNames.get(application.municipalityId()), application.submittedAt(),
                                application.status(), application.reason())));
                    }
                }
            }
        };
        return ExportFiles.attachment(ExportFiles.fileName("recruitments", clock.instant(), table.extension()),
                table.mediaType(), body);
    }

    private static List<Object> projectRow(ProjectView project, Map<String, String> organisationNames) {
        ProjectView.FinancingFigure total = Financing.figure(project, "TOTAL_VALUE").orElse(null);
        return Arrays.asList(project.getId(), project.getTitle(), project.getProgrammeLine(), project.getStatus(),
                project.getPlannedFrom(), project.getPlannedTo(),
                organisationNames.get(project.getReportingOrganisationId()),
                project.getParticipants().stream().filter(ProjectView.Participant::active)
                        .map(ProjectView.Participant::municipalityId).distinct().count(),
                project.getPartners().stream().filter(ProjectView.Partner::active)
                        .map(ProjectView.Partner::organisationId).distinct().count(),
                total == null ? null : total.amount().amount(),
                total == null ? null : total.amount().currency(),
                total == null ? null : total.approximation(),
                project.getUpdatedAt());
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
