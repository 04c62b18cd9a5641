package pl.zmp.tracker.query.project;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** A project as the catalogue lists it. */
public record ProjectSummary(
        @Schema(example = "3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e") String id,
        @Schema(example = "Rozwój partnerstwa publiczno-prywatnego w Polsce") String title,
        @Schema(example = "PPP") String programmeLine,
        @Schema(example = "IMPLEMENTATION") String status,
        @Schema(example = "2017-01-01") LocalDate plannedFrom,
        @Schema(example = "2019-12-31") LocalDate plannedTo,
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
