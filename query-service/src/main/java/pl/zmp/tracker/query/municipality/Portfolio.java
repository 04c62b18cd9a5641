package pl.zmp.tracker.query.municipality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything one municipality takes part in: projects with its roles, its applications, the trainings it hosted. */
public record Portfolio(
        MunicipalityView municipality,
        List<ProjectRoles> projects,
        List<Application> recruitments,
        List<HostedTraining> trainings) {

    public record ProjectRoles(String projectId, String title, String status, List<String> roles) {
    }

    public record Application(String recruitmentId, String projectId, int round, String title,
                              Instant submittedAt, String status) {
    }

    public record HostedTraining(String projectId, String projectTitle, String code, LocalDate heldOn,
                                 Integer attendees, String topic) {
    }
}
