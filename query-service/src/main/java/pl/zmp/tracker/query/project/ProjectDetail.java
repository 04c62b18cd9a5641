package pl.zmp.tracker.query.project;

import pl.zmp.tracker.query.exhibition.ExhibitionView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Everything about one project, with the names of the organisations and places it involves. */
public record ProjectDetail(
        String id,
        String title,
        String programmeLine,
        String description,
        Named reportingOrganisation,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        String status,
        List<ProjectView.StatusChange> statusHistory,
        List<PartnerDetail> partners,
        List<ParticipantDetail> participants,
        Map<String, List<ProjectView.FinancingFigure>> financingByCurrency,
        Financing.Rates coFinancingRate,
        String declaredRateNote,
        List<ProjectView.BudgetLine> budgetLines,
        List<IndicatorDetail> indicators,
        List<ProjectView.Milestone> milestones,
        List<TrainingDetail> trainings,
        List<ProjectView.Publication> publications,
        List<ExhibitionDetail> exhibitions,
        long version) {

    public record Named(String id, String name) {
    }

    public record PartnerDetail(String organisationId, String name, String role, String note, boolean active) {
    }

    public record ParticipantDetail(String municipalityId, String name, String role, String note, boolean active) {
    }

    public record TrainingDetail(String code, String municipalityId, String municipality, LocalDate heldOn,
                                 Integer attendees, String topic) {
    }

    public record ExhibitionDetail(String id, String title, List<ExhibitionView.Showing> showings) {
    }

    /** An indicator with its latest actual (by date) and how far that is towards the target. */
    public record IndicatorDetail(String code, String name, String unit, BigDecimal target, String targetApproximation,
                                  ProjectView.Actual latest, BigDecimal percentOfTarget,
                                  List<ProjectView.Actual> actuals) {

        static IndicatorDetail of(ProjectView.Indicator indicator) {
            ProjectView.Actual latest = latest(indicator);
            BigDecimal percent = latest == null || indicator.target() == null || indicator.target().signum() == 0 ? null
                    : latest.value().multiply(BigDecimal.valueOf(100)).divide(indicator.target(), 1, RoundingMode.HALF_UP);
            return new IndicatorDetail(indicator.code(), indicator.name(), indicator.unit(), indicator.target(),
                    indicator.targetApproximation(), latest, percent, indicator.actuals());
        }

        static ProjectView.Actual latest(ProjectView.Indicator indicator) {
            return indicator.actuals().stream()
                    .max(Comparator.comparing(ProjectView.Actual::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
        }
    }

    static ProjectDetail of(ProjectView project, Map<String, String> organisations, Map<String, String> municipalities,
                            List<ExhibitionView> exhibitions) {
        return new ProjectDetail(project.getId(), project.getTitle(), project.getProgrammeLine(), project.getDescription(),
                new Named(project.getReportingOrganisationId(), organisations.get(project.getReportingOrganisationId())),
                project.getPlannedFrom(), project.getPlannedTo(), project.getStatus(), project.getStatusHistory(),
                project.getPartners().stream().map(partner -> new PartnerDetail(partner.organisationId(),
                        organisations.get(partner.organisationId()), partner.role(), partner.note(), partner.active())).toList(),
                project.getParticipants().stream().map(participant -> new ParticipantDetail(participant.municipalityId(),
                        municipalities.get(participant.municipalityId()), participant.role(), participant.note(),
                        participant.active())).toList(),
                Financing.byCurrency(project), Financing.rates(project),
                project.getDeclaredRate() == null ? null : project.getDeclaredRate().note(),
                project.getBudgetLines(),
                project.getIndicators().stream().map(IndicatorDetail::of).toList(),
                project.getMilestones(),
                project.getTrainings().stream().map(training -> new TrainingDetail(training.code(),
                        training.municipalityId(), municipalities.get(training.municipalityId()), training.heldOn(),
                        training.attendees(), training.topic())).toList(),
                project.getPublications(),
                exhibitions.stream().map(exhibition -> new ExhibitionDetail(exhibition.getId(), exhibition.getTitle(),
                        exhibition.getShowings())).toList(),
                project.getVersion());
    }
}
