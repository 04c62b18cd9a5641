package pl.zmp.tracker.query.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.query.web.Listing;
import pl.zmp.tracker.query.store.Names;
import pl.zmp.tracker.query.web.PageOf;
import pl.zmp.tracker.query.web.PolishOrder;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/recruitments")
@Tag(name = "Recruitments", description = "The recruitment board: calls for participants")
@Validated
class RecruitmentQueryController {

    private final RecruitmentViewRepository recruitments;
    private final Names names;
    private final Clock clock;

    RecruitmentQueryController(RecruitmentViewRepository recruitments, Names names, Clock clock) {
        this.recruitments = recruitments;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The recruitment board: search, sort, page", description = "state=open: open calls with "
            + "deadline, time remaining and places left; state=closed: closed calls with their outcome; state=all "
            + "(default): both. q looks in the call's title and its project's title.")
    PageOf<RecruitmentBoardEntry> board(
            @RequestParam(defaultValue = "all")
            @Pattern(regexp = "open|closed|all", message = "must be open, closed or all") String state,
            @Parameter(description = Listing.Q_DESCRIPTION, example = "nabór")
            @RequestParam(required = false) @Size(min = 1, max = Listing.MAX_QUERY) String q,
            @Parameter(description = "deadline (calls without one last), then round; " + Listing.SORT_DESCRIPTION)
            @RequestParam(defaultValue = "deadline")
            @Pattern(regexp = "deadline|title|round", message = "must be one of deadline, title, round") String sort,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = Listing.DIRECTION, message = Listing.DIRECTION_MESSAGE) String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Listing.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Listing.MAX_SIZE) int size) {
        List<RecruitmentView> calls = recruitments.findAll().stream()
                .filter(call -> state.equals("all") || call.isClosed() == state.equals("closed"))
                .toList();
        Map<String, String> projectTitles = names.projects(calls.stream().map(RecruitmentView::getProjectId).toList());
        List<RecruitmentView> matching = calls.stream()
                .filter(call -> q == null || PolishOrder.matches(q, call.getTitle(), projectTitles.get(call.getProjectId())))
                .toList();
        Comparator<RecruitmentView> bySortField = switch (sort) {
            case "title" -> PolishOrder.by(RecruitmentView::getTitle);
            case "round" -> Comparator.comparingInt(RecruitmentView::getRound);
            default -> Comparator.comparing((RecruitmentView call) -> call.getDeadline() == null ? null
                            : call.getDeadline().toInstant(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(RecruitmentView::getRound);
        };
        PageOf<RecruitmentView> selected = PageOf.sorted(matching,
                Listing.order(bySortField, direction, RecruitmentView::getId), page, size);
        return new PageOf<>(entries(selected.items()), selected.page(), selected.size(), selected.totalItems(),
                selected.totalPages());
    }

    @GetMapping("/{recruitmentId}")
    @Operation(summary = "One call with every application", description = "404 until projected")
    RecruitmentBoardEntry one(@PathVariable String recruitmentId) {
        RecruitmentView call = recruitments.findById(recruitmentId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no recruitment with id " + recruitmentId));
        return entries(List.of(call)).get(0);
    }

    private List<RecruitmentBoardEntry> entries(List<RecruitmentView> calls) {
        Set<String> projects = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        calls.forEach(call -> {
            projects.add(call.getProjectId());
            call.getApplications().forEach(application -> municipalities.add(application.municipalityId()));
        });
        Map<String, String> projectTitles = names.projects(projects);
        Map<String, String> municipalityNames = names.municipalities(municipalities);
        return calls.stream().map(call -> RecruitmentBoardEntry.of(call, projectTitles.get(call.getProjectId()),
                call.getApplications().stream().map(application -> new RecruitmentBoardEntry.Applicant(
                        application.municipalityId(), municipalityNames.get(application.municipalityId()),
                        application.submittedAt(), application.status(), application.reason())).toList(),
                clock.instant())).toList();
    }
}
