package pl.zmp.tracker.query.project;

import java.time.LocalDate;

/** A project as the catalogue lists it. */
public record ProjectSummary(
        String id,
        String title,
        String programmeLine,
        String status,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        long participants,
        long partners,
        ProjectView.FinancingFigure totalValue) {

    static ProjectSummary of(ProjectView project) {
        return new ProjectSummary(project.getId(), project.getTitle(), project.getProgrammeLine(), project.getStatus(),
                project.getPlannedFrom(), project.getPlannedTo(),
                project.getParticipants().stream().filter(ProjectView.Participant::active)
                        .map(ProjectView.Participant::municipalityId).distinct().count(),
                project.getPartners().stream().filter(ProjectView.Partner::active)
                        .map(ProjectView.Partner::organisationId).distinct().count(),
                Financing.figure(project, "TOTAL_VALUE").orElse(null));
    }
}
