package pl.zmp.tracker.query.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.query.infra.Names;

import java.time.Clock;
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
    @Operation(summary = "The recruitment board", description = "state=open: open calls with deadline, time remaining "
            + "and places left; state=closed: closed calls with their outcome; state=all (default): both")
    List<RecruitmentBoardEntry> board(@RequestParam(defaultValue = "all")
                                      @Pattern(regexp = "open|closed|all", message = "must be open, closed or all")
                                      String state) {
        List<RecruitmentView> calls = recruitments.findAll(Sort.by("deadline", "round", "id")).stream()
                .filter(call -> state.equals("all") || call.isClosed() == state.equals("closed"))
                .toList();
        return entries(calls);
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
