package pl.zmp.tracker.query.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.query.dashboard.HistoricStatistics;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.store.Names;
import pl.zmp.tracker.query.web.Listing;
import pl.zmp.tracker.query.web.PageOf;
import pl.zmp.tracker.query.web.PolishOrder;
import pl.zmp.tracker.values.ProjectStatus;
import pl.zmp.tracker.values.TimePoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "The project catalogue and each project in full")
@Validated
class ProjectQueryController {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final MongoTemplate mongo;
    private final Names names;
    private final HistoricStatistics history;

    ProjectQueryController(MongoTemplate mongo, Names names, HistoricStatistics history) {
        this.mongo = mongo;
        this.names = names;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "The project catalogue: filter, sort, page",
            description = "Filters combine (AND). Values are matched literally, never as query operators.")
    PageOf<ProjectSummary> catalogue(
            @Parameter(description = Listing.Q_DESCRIPTION, example = "partnerstwo")
            @RequestParam(required = false) @Size(min = 1, max = Listing.MAX_QUERY) String q,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) @Size(max = 300) String programmeLine,
            @Parameter(description = "a calendar year the planned period touches")
            @RequestParam(required = false) @Min(1990) @Max(2100) Integer year,
            @Parameter(description = "projects this municipality takes part in")
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String municipalityId,
            @Parameter(description = "projects this organisation is a partner of")
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String partnerId,
            @Parameter(description = Listing.SORT_DESCRIPTION)
            @RequestParam(defaultValue = "title")
            @Pattern(regexp = "title|status|plannedFrom|updatedAt", message = "must be one of title, status, plannedFrom, updatedAt")
            String sort,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc", message = "must be asc or desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Listing.MAX_SIZE) int size) {
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
        if (municipalityId != null) {
            filters.add(Criteria.where("participants").elemMatch(
                    Criteria.where("municipalityId").is(municipalityId).and("active").is(true)));
        }
        if (partnerId != null) {
            filters.add(Criteria.where("partners").elemMatch(
                    Criteria.where("organisationId").is(partnerId).and("active").is(true)));
        }
        Query query = filters.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(filters));
        List<ProjectView> matching = mongo.find(query, ProjectView.class).stream()
                .filter(project -> q == null || PolishOrder.matches(q, project.getTitle(), project.getProgrammeLine()))
                .toList();
        Comparator<ProjectView> bySortField = switch (sort) {
            case "status" -> Comparator.comparing(ProjectView::getStatus, Comparator.nullsLast(Comparator.naturalOrder()));
            case "plannedFrom" -> Comparator.comparing(ProjectView::getPlannedFrom, Comparator.nullsLast(Comparator.naturalOrder()));
            case "updatedAt" -> Comparator.comparing(ProjectView::getUpdatedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> PolishOrder.by(ProjectView::getTitle);
        };
        PageOf<ProjectView> selected = PageOf.sorted(matching, Listing.order(bySortField, direction, ProjectView::getId),
                page, size);
        return new PageOf<>(selected.items().stream().map(ProjectSummary::of).toList(), selected.page(),
                selected.size(), selected.totalItems(), selected.totalPages());
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "One project in full", description = "Partners with roles, participants, financing per currency "
            + "with the declared and computed co-financing rates, budget lines, indicators (target vs actual), "
            + "milestones, trainings, publications and exhibition showings. 404 until projected. With asOf and/or "
            + "knownAt: as the project stood then, rebuilt from the facts that had happened by asOf as recorded by "
            + "knownAt; 404 when it had not started by then.")
    ProjectDetail detail(@PathVariable @Pattern(regexp = UUID, message = "must be a UUID") String projectId,
                         @Parameter(description = "business time: " + TimePoint.FORMAT
                                 + "; a date means the end of that day in Warsaw")
                         @RequestParam(required = false) String asOf,
                         @Parameter(description = "recording time: " + TimePoint.FORMAT)
                         @RequestParam(required = false) String knownAt) {
        Instant happenedBy = HistoricStatistics.point("asOf", asOf);
        Instant recordedBy = HistoricStatistics.point("knownAt", knownAt);
        ProjectDetail detail = happenedBy == null && recordedBy == null ? detail(mongo, projectId)
                : history.replay(happenedBy, recordedBy, (views, replayed) -> detail(views, projectId));
        if (detail == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no project with id " + projectId
                    + (happenedBy == null && recordedBy == null ? "" : " by then"));
        }
        return detail;
    }

    private ProjectDetail detail(MongoTemplate views, String projectId) {
        ProjectView project = views.findById(projectId, ProjectView.class);
        if (project == null) {
            return null;
        }
        Set<String> organisations = new HashSet<>();
        organisations.add(project.getReportingOrganisationId());
        project.getPartners().forEach(partner -> organisations.add(partner.organisationId()));
        Set<String> municipalities = new HashSet<>();
        project.getParticipants().forEach(participant -> municipalities.add(participant.municipalityId()));
        project.getTrainings().forEach(training -> municipalities.add(training.municipalityId()));
        List<ExhibitionView> exhibitions = views.find(
                Query.query(Criteria.where("projectId").is(projectId)), ExhibitionView.class);
        return ProjectDetail.of(project, names.organisations(organisations), names.municipalities(municipalities),
                exhibitions);
    }
}
