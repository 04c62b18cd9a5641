package pl.zmp.tracker.query.project;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import pl.zmp.tracker.query.projection.VersionedView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything coordinators and dashboards read about one project, kept in step with its events.
 * {@code version} is the sequence number of the last event of the project applied here: an event
 * at or below it has been applied already and is skipped, which makes the projection idempotent.
 */
@Document("#{T(pl.zmp.tracker.query.store.ReadModelCollections).name('projects')}")
public class ProjectView implements VersionedView {

    @Id
    private String id;
    private String title;
    private String programmeLine;
    private String description;
    private String reportingOrganisationId;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    /** calendar years the planned period touches, for filtering by year */
    private List<Integer> years = new ArrayList<>();
    private String status;
    private List<StatusChange> statusHistory = new ArrayList<>();
    private List<Partner> partners = new ArrayList<>();
    private List<Participant> participants = new ArrayList<>();
    /** the latest statement of each financing item */
    private List<FinancingFigure> financing = new ArrayList<>();
    private DeclaredRate declaredRate;
    private List<BudgetLine> budgetLines = new ArrayList<>();
    private List<Indicator> indicators = new ArrayList<>();
    private List<Milestone> milestones = new ArrayList<>();
    private List<Training> trainings = new ArrayList<>();
    private List<Publication> publications = new ArrayList<>();
    private long version = -1;
    private Instant updatedAt;

    /** A move of status: {@code at} when it took effect (business time), {@code recordedAt} when it was recorded. */
    public record StatusChange(String from, String to, String reason, Instant at, Instant recordedAt) {

        @PersistenceCreator
        public StatusChange {
        }

        /** A move recorded when it took effect. */
        public StatusChange(String from, String to, String reason, Instant at) {
            this(from, to, reason, at, at);
        }
    }

    /** {@code active} turns false when the organisation is withdrawn from the role. */
    public record Partner(String organisationId, String role, String note, boolean active) {
    }

    public record Participant(String municipalityId, String role, String note, boolean active) {
    }

    public record Amount(BigDecimal amount, String currency) {
    }

    public record FinancingFigure(String item, Amount amount, String approximation, String note) {
    }

    public record DeclaredRate(BigDecimal ratePercent, String note) {
    }

    public record BudgetLine(int year, String label, Amount amount, String approximation) {
    }

    public record Actual(BigDecimal value, String approximation, LocalDate asOf, String source) {
    }

    /** {@code actuals} in the order recorded; the latest by {@code asOf} is the current value. */
    public record Indicator(String code, String name, String unit, BigDecimal target, String targetApproximation,
                            List<Actual> actuals) {
    }

    public record Milestone(String code, String title, LocalDate plannedOn, LocalDate achievedOn) {
    }

    public record Training(String code, String municipalityId, LocalDate heldOn, Integer attendees, String topic) {
    }

    public record Publication(String series, Integer issueNumber, String title, LocalDate publishedOn) {
    }

    protected ProjectView() {
    }

    public ProjectView(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProgrammeLine() { return programmeLine; }
    public void setProgrammeLine(String programmeLine) { this.programmeLine = programmeLine; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReportingOrganisationId() { return reportingOrganisationId; }
    public void setReportingOrganisationId(String id) { this.reportingOrganisationId = id; }
    public LocalDate getPlannedFrom() { return plannedFrom; }
    public void setPlannedFrom(LocalDate plannedFrom) { this.plannedFrom = plannedFrom; }
    public LocalDate getPlannedTo() { return plannedTo; }
    public void setPlannedTo(LocalDate plannedTo) { this.plannedTo = plannedTo; }
    public List<Integer> getYears() { return years; }
    public void setYears(List<Integer> years) { this.years = years; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<StatusChange> getStatusHistory() { return statusHistory; }
    public List<Partner> getPartners() { return partners; }
    public List<Participant> getParticipants() { return participants; }
    public List<FinancingFigure> getFinancing() { return financing; }
    public DeclaredRate getDeclaredRate() { return declaredRate; }
    public void setDeclaredRate(DeclaredRate declaredRate) { this.declaredRate = declaredRate; }
    public List<BudgetLine> getBudgetLines() { return budgetLines; }
    public List<Indicator> getIndicators() { return indicators; }
    public List<Milestone> getMilestones() { return milestones; }
    public List<Training> getTrainings() { return trainings; }
    public List<Publication> getPublications() { return publications; }
    @Override
    public long getVersion() { return version; }
    @Override
    public void setVersion(long version) { this.version = version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
