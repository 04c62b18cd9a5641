package pl.zmp.tracker.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.projection.VersionedViews;
import pl.zmp.tracker.query.projection.ViewStore;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.events.project.BudgetLineAdded;
import pl.zmp.tracker.events.project.CoFinancingRateDeclared;
import pl.zmp.tracker.events.project.FinancingAmountRecorded;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.IndicatorDefined;
import pl.zmp.tracker.events.project.MilestoneAchieved;
import pl.zmp.tracker.events.project.MilestonePlanned;
import pl.zmp.tracker.events.project.MunicipalityEnrolled;
import pl.zmp.tracker.events.project.MunicipalityWithdrawn;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.PartnerWithdrawn;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.events.project.PublicationRecorded;
import pl.zmp.tracker.events.project.TrainingRecorded;
import pl.zmp.tracker.query.project.ProjectView.Actual;
import pl.zmp.tracker.query.project.ProjectView.Amount;
import pl.zmp.tracker.query.project.ProjectView.BudgetLine;
import pl.zmp.tracker.query.project.ProjectView.DeclaredRate;
import pl.zmp.tracker.query.project.ProjectView.FinancingFigure;
import pl.zmp.tracker.query.project.ProjectView.Indicator;
import pl.zmp.tracker.query.project.ProjectView.Milestone;
import pl.zmp.tracker.query.project.ProjectView.Participant;
import pl.zmp.tracker.query.project.ProjectView.Partner;
import pl.zmp.tracker.query.project.ProjectView.Publication;
import pl.zmp.tracker.query.project.ProjectView.StatusChange;
import pl.zmp.tracker.query.project.ProjectView.Training;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Keeps {@link ProjectView} in step with the events of each project. An event whose sequence
 * number is not above the view's {@code version} has been applied already and changes nothing.
 */
@Component
@ProcessingGroup(ProjectProjection.PROCESSING_GROUP)
public class ProjectProjection {

    public static final String PROCESSING_GROUP = "projects";
    static final String INITIAL_STATUS = "PIPELINE";

    private final ProjectViewRepository views;
    private final VersionedViews<ProjectView> versioned;

    public ProjectProjection(ProjectViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.versioned = VersionedViews.changedInPlace(
                new ViewStore<>(mongo, ProjectView.class, PROCESSING_GROUP), "project", ProjectView::new);
    }

    @EventHandler
    void on(ProjectRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        versioned.create(event.projectId().value(), sequence, view -> {
            view.setTitle(event.title());
            view.setProgrammeLine(event.programmeLine());
            view.setDescription(event.description());
            view.setReportingOrganisationId(
                    event.reportingOrganisationId() == null ? null : event.reportingOrganisationId().value());
            DateRange period = event.plannedPeriod();
            view.setPlannedFrom(period == null ? null : period.from());
            view.setPlannedTo(period == null ? null : period.to());
            view.setYears(yearsOf(period));
            view.setStatus(INITIAL_STATUS);
            view.setUpdatedAt(at);
        });
    }

    @EventHandler
    void on(ProjectStatusChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> {
            view.setStatus(event.to().name());
            view.getStatusHistory().add(new StatusChange(name(event.from()), event.to().name(), event.reason(),
                    BusinessFact.of(event, at), at));
        });
    }

    /** Adding an organisation again in a role it was withdrawn from makes that partnership active again. */
    @EventHandler
    void on(PartnerAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Partner partner = new Partner(event.organisationId().value(), event.role().name(), event.note(), true);
        update(event.projectId(), sequence, at, view ->
                putInPlace(view.getPartners(), same(partner), partner));
    }

    @EventHandler
    void on(PartnerWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String organisationId = event.organisationId().value();
        String role = event.role().name();
        update(event.projectId(), sequence, at, view -> replace(view.getPartners(),
                partner -> partner.organisationId().equals(organisationId) && partner.role().equals(role),
                partner -> new Partner(partner.organisationId(), partner.role(), partner.note(), false)));
    }

    @EventHandler
    void on(MunicipalityEnrolled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Participant participant = new Participant(event.municipalityId().value(), event.role().name(),
                event.note(), true);
        update(event.projectId(), sequence, at, view ->
                putInPlace(view.getParticipants(), same(participant), participant));
    }

    @EventHandler
    void on(MunicipalityWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String municipalityId = event.municipalityId().value();
        String role = event.role().name();
        update(event.projectId(), sequence, at, view -> replace(view.getParticipants(),
                participant -> participant.municipalityId().equals(municipalityId) && participant.role().equals(role),
                participant -> new Participant(participant.municipalityId(), participant.role(), participant.note(),
                        false)));
    }

    @EventHandler
    void on(FinancingAmountRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        FinancingFigure figure = new FinancingFigure(event.item().name(), amount(event.amount()),
                name(event.approximation()), event.note());
        // the latest statement of an item supersedes the earlier one, in its place
        update(event.projectId(), sequence, at, view ->
                putInPlace(view.getFinancing(), existing -> existing.item().equals(figure.item()), figure));
    }

    @EventHandler
    void on(CoFinancingRateDeclared event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view ->
                view.setDeclaredRate(new DeclaredRate(event.ratePercent(), event.note())));
    }

    @EventHandler
    void on(BudgetLineAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> view.getBudgetLines().add(new BudgetLine(event.year(),
                event.label(), amount(event.amount()), name(event.approximation()))));
    }

    @EventHandler
    void on(IndicatorDefined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> view.getIndicators().add(new Indicator(event.indicatorCode(),
                event.name(), event.unit(), event.target(), name(event.targetApproximation()), new ArrayList<>())));
    }

    @EventHandler
    void on(IndicatorActualRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Actual actual = new Actual(event.value(), name(event.approximation()), event.asOf(), event.source());
        update(event.projectId(), sequence, at, view -> replace(view.getIndicators(),
                indicator -> indicator.code().equals(event.indicatorCode()),
                indicator -> {
                    List<Actual> actuals = new ArrayList<>(indicator.actuals());
                    actuals.add(actual);
                    return new Indicator(indicator.code(), indicator.name(), indicator.unit(), indicator.target(),
                            indicator.targetApproximation(), actuals);
                }));
    }

    @EventHandler
    void on(MilestonePlanned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> view.getMilestones().add(
                new Milestone(event.milestoneCode(), event.title(), event.plannedOn(), null)));
    }

    @EventHandler
    void on(MilestoneAchieved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> replace(view.getMilestones(),
                milestone -> milestone.code().equals(event.milestoneCode()),
                milestone -> new Milestone(milestone.code(), milestone.title(), milestone.plannedOn(),
                        event.achievedOn())));
    }

    @EventHandler
    void on(TrainingRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> view.getTrainings().add(new Training(event.trainingCode(),
                event.municipalityId().value(), event.heldOn(), event.attendees(), event.topic())));
    }

    @EventHandler
    void on(PublicationRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.projectId(), sequence, at, view -> view.getPublications().add(new Publication(event.series(),
                event.issueNumber(), event.title(), event.publishedOn())));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    /** Applies a change to the project's view unless the event was applied already. */
    private void update(ProjectId projectId, long sequence, Instant at, Consumer<ProjectView> change) {
        versioned.update(projectId.value(), sequence, change.andThen(view -> view.setUpdatedAt(at)));
    }

    /** Every calendar year the period touches, in order; none without a period. */
    static List<Integer> yearsOf(DateRange period) {
        if (period == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(IntStream.rangeClosed(period.from().getYear(), period.to().getYear()).boxed().toList());
    }

    private static Predicate<Partner> same(Partner partner) {
        return existing -> existing.organisationId().equals(partner.organisationId())
                && existing.role().equals(partner.role());
    }

    private static Predicate<Participant> same(Participant participant) {
        return existing -> existing.municipalityId().equals(participant.municipalityId())
                && existing.role().equals(participant.role());
    }

    /** Replaces every element that matches. */
    private static <T> void replace(List<T> list, Predicate<T> matches, UnaryOperator<T> replacement) {
        list.replaceAll(element -> matches.test(element) ? replacement.apply(element) : element);
    }

    /** Puts {@code element} in the place of the one it supersedes, or at the end when it supersedes none. */
    private static <T> void putInPlace(List<T> list, Predicate<T> supersedes, T element) {
        if (list.stream().anyMatch(supersedes)) {
            replace(list, supersedes, existing -> element);
        } else {
            list.add(element);
        }
    }

    private static Amount amount(Money money) {
        return money == null ? null : new Amount(money.amount(), money.currency());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
