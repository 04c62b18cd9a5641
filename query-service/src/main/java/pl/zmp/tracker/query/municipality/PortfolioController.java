package pl.zmp.tracker.query.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.util.List;

@RestController
@Tag(name = "Municipalities", description = "Places that take part in projects")
class PortfolioController {

    private final MongoTemplate mongo;

    PortfolioController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/municipalities/{municipalityId}/portfolio")
    @Operation(summary = "A municipality's portfolio",
            description = "Every project it takes part in with its roles, every call it applied to, every training it hosted")
    Portfolio portfolio(@PathVariable String municipalityId) {
        MunicipalityView municipality = mongo.findById(municipalityId, MunicipalityView.class);
        if (municipality == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no municipality with id " + municipalityId);
        }
        Query involving = Query.query(new Criteria().orOperator(
                Criteria.where("participants.municipalityId").is(municipalityId),
                Criteria.where("trainings.municipalityId").is(municipalityId))).with(Sort.by("title"));
        List<ProjectView> projects = mongo.find(involving, ProjectView.class);
        List<RecruitmentView> calls = mongo.find(Query.query(
                Criteria.where("applications.municipalityId").is(municipalityId)).with(Sort.by("round")), RecruitmentView.class);
        return new Portfolio(municipality,
                projects.stream()
                        .map(project -> new Portfolio.ProjectRoles(project.getId(), project.getTitle(), project.getStatus(),
                                project.getParticipants().stream()
                                        .filter(p -> p.active() && p.municipalityId().equals(municipalityId))
                                        .map(ProjectView.Participant::role).distinct().toList()))
                        .filter(roles -> !roles.roles().isEmpty())
                        .toList(),
                calls.stream().flatMap(call -> call.getApplications().stream()
                        .filter(application -> application.municipalityId().equals(municipalityId))
                        .map(application -> new Portfolio.Application(call.getId(), call.getProjectId(), call.getRound(),
                                call.getTitle(), application.submittedAt(), application.status()))).toList(),
                projects.stream().flatMap(project -> project.getTrainings().stream()
                        .filter(training -> municipalityId.equals(training.municipalityId()))
                        .map(training -> new Portfolio.HostedTraining(project.getId(), project.getTitle(), training.code(),
                                training.heldOn(), training.attendees(), training.topic()))).toList());
    }
}
