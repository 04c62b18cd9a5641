package pl.zmp.tracker.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.AggregateSnapshots;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.axon.KnownAggregates;
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
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pl.zmp.tracker.values.ProjectStatus.CANCELLED;
import static pl.zmp.tracker.values.ProjectStatus.CLOSED;
import static pl.zmp.tracker.values.ProjectStatus.FINALISATION;
import static pl.zmp.tracker.values.ProjectStatus.IMPLEMENTATION;
import static pl.zmp.tracker.values.ProjectStatus.PIPELINE;
import static pl.zmp.tracker.values.ProjectStatus.SUSPENDED;

/**
 * A project the association runs: its lifecycle, who takes part in it, its financing, and what
 * it measures and delivers. Facts (financing, actuals, achievements, trainings, publications) may
 * still be recorded after it has ended, because history arrives late; new partners and
 * participants may not.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
class Project {

    /** The IATI activity-status lifecycle; CLOSED and CANCELLED are final. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT_STATUSES = new EnumMap<>(Map.of(
            PIPELINE, EnumSet.of(IMPLEMENTATION, SUSPENDED, CANCELLED),
            IMPLEMENTATION, EnumSet.of(FINALISATION, SUSPENDED, CANCELLED),
            FINALISATION, EnumSet.of(CLOSED, SUSPENDED, CANCELLED),
            SUSPENDED, EnumSet.of(PIPELINE, IMPLEMENTATION, FINALISATION, CANCELLED),
            CLOSED, EnumSet.noneOf(ProjectStatus.class),
            CANCELLED, EnumSet.noneOf(ProjectStatus.class)));

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String REGISTRATION = "the registration of the project";

    @AggregateIdentifier
    private ProjectId projectId;
    /** Business time of the registration: the project's life (status, who takes part) does not precede it. */
    private Instant startedOn;
    private ProjectStatus status;
    private final Set<Partnership> partners = new HashSet<>();
    private final Set<Participation> participants = new HashSet<>();
    private final Map<FinancingItem, FinancingStatement> financing = new EnumMap<>(FinancingItem.class);
    private DeclaredRate declaredRate;
    private final Set<String> indicators = new HashSet<>();
    private final Set<String> plannedMilestones = new HashSet<>();
    private final Set<String> achievedMilestones = new HashSet<>();
    private final Set<String> trainings = new HashSet<>();
    private final Set<IssueOfSeries> numberedPublications = new HashSet<>();

    protected Project() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Project(RegisterProject command, KnownAggregates known) {
        if (command.title() == null || command.title().isBlank()) {
            throw CommandRejectedException.ruleViolation("TITLE_REQUIRED", "a project needs a title");
        }
        known.require(AggregateType.ORGANISATION, command.reportingOrganisationId(), "UNKNOWN_ORGANISATION");
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new ProjectRegistered(command.projectId(), command.title(), command.programmeLine(),
                command.description(), command.reportingOrganisationId(), command.plannedPeriod(), occurredOn));
    }

    @CommandHandler
    void handle(ChangeProjectStatus command) {
        if (!NEXT_STATUSES.get(status).contains(command.status())) {
            throw CommandRejectedException.ruleViolation("ILLEGAL_STATUS_TRANSITION",
                    "a project cannot move from " + status + " to " + command.status());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new ProjectStatusChanged(projectId, status, command.status(), command.reason(), occurredOn));
    }

    @CommandHandler
    void handle(AddPartner command, KnownAggregates known) {
        requireNotEnded("add a partner");
        if (partners.contains(new Partnership(command.organisationId(), command.role()))) {
            throw CommandRejectedException.conflict("PARTNER_ALREADY_ADDED", "organisation "
                    + command.organisationId() + " already takes part in the project as " + command.role());
        }
        known.require(AggregateType.ORGANISATION, command.organisationId(), "UNKNOWN_ORGANISATION");
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new PartnerAdded(projectId, command.organisationId(), command.role(), command.note(), occurredOn));
    }

    @CommandHandler
    void handle(WithdrawPartner command) {
        if (!partners.contains(new Partnership(command.organisationId(), command.role()))) {
            throw CommandRejectedException.ruleViolation("NOT_A_PARTNER", "organisation "
                    + command.organisationId() + " does not take part in the project as " + command.role());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new PartnerWithdrawn(projectId, command.organisationId(), command.role(), command.reason(), occurredOn));
    }

    @CommandHandler
    void handle(EnrolMunicipality command, KnownAggregates known) {
        requireNotEnded("enrol a municipality");
        if (participants.contains(new Participation(command.municipalityId(), command.role()))) {
            throw CommandRejectedException.conflict("ALREADY_ENROLLED", "municipality "
                    + command.municipalityId() + " is already enrolled in the project as " + command.role());
        }
        known.require(AggregateType.MUNICIPALITY, command.municipalityId(), "UNKNOWN_MUNICIPALITY");
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new MunicipalityEnrolled(projectId, command.municipalityId(), command.role(), command.note(), occurredOn));
    }

    @CommandHandler
    void handle(WithdrawMunicipality command) {
        if (!participants.contains(new Participation(command.municipalityId(), command.role()))) {
            throw CommandRejectedException.ruleViolation("NOT_ENROLLED", "municipality "
                    + command.municipalityId() + " is not enrolled in the project as " + command.role());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new MunicipalityWithdrawn(projectId, command.municipalityId(), command.role(), command.reason(), occurredOn));
    }

    @CommandHandler
    void handle(RecordFinancingAmount command) {
        Approximation approximation = exactUnlessStated(command.approximation());
        FinancingStatement statement = new FinancingStatement(command.amount(), approximation, command.note());
        if (statement.equals(financing.get(command.item()))) {
            return; // the same statement again changes nothing
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new FinancingAmountRecorded(projectId, command.item(), command.amount(), approximation, command.note(), occurredOn));
    }

    @CommandHandler
    void handle(DeclareCoFinancingRate command) {
        BigDecimal rate = command.ratePercent();
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw CommandRejectedException.ruleViolation("INVALID_RATE",
                    "a co-financing rate is between 0 and 100 %, not " + (rate == null ? "missing" : rate.toPlainString()));
        }
        if (declaredRate != null && declaredRate.isSameAs(rate, command.note())) {
            return; // the same declaration again changes nothing
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new CoFinancingRateDeclared(projectId, rate, command.note(), occurredOn));
    }

    @CommandHandler
    void handle(AddBudgetLine command) {
        if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
            throw CommandRejectedException.ruleViolation("INVALID_YEAR",
                    "a budget year is between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + command.year());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new BudgetLineAdded(projectId, command.year(), command.label(), command.amount(),
                exactUnlessStated(command.approximation()), occurredOn));
    }

    @CommandHandler
    void handle(DefineIndicator command) {
        requireNotEnded("define an indicator");
        if (indicators.contains(command.indicatorCode())) {
            throw CommandRejectedException.conflict("INDICATOR_ALREADY_DEFINED",
                    "the project already defines indicator " + command.indicatorCode());
        }
        if (command.target() != null && command.target().signum() < 0) {
            throw CommandRejectedException.ruleViolation("INVALID_TARGET",
                    "an indicator's target cannot be negative: " + command.target().toPlainString());
        }
        // a qualifier belongs to a stated target; a target stated without one is exact
        Approximation targetApproximation = command.target() == null ? null
                : exactUnlessStated(command.targetApproximation());
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new IndicatorDefined(projectId, command.indicatorCode(), command.name(), command.unit(),
                command.target(), targetApproximation, occurredOn));
    }

    @CommandHandler
    void handle(RecordIndicatorActual command) {
        if (!indicators.contains(command.indicatorCode())) {
            throw CommandRejectedException.ruleViolation("UNKNOWN_INDICATOR",
                    "the project defines no indicator " + command.indicatorCode());
        }
        if (command.value() == null || command.value().signum() < 0) {
            throw CommandRejectedException.ruleViolation("INVALID_VALUE",
                    "an indicator's actual value is a number of at least 0, not "
                            + (command.value() == null ? "missing" : command.value().toPlainString()));
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), command.asOf());
        apply(new IndicatorActualRecorded(projectId, command.indicatorCode(), command.value(),
                exactUnlessStated(command.approximation()), command.asOf(), command.source(), occurredOn));
    }

    @CommandHandler
    void handle(PlanMilestone command) {
        requireNotEnded("plan a milestone");
        if (plannedMilestones.contains(command.milestoneCode())) {
            throw CommandRejectedException.conflict("MILESTONE_ALREADY_PLANNED",
                    "the project already plans milestone " + command.milestoneCode());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new MilestonePlanned(projectId, command.milestoneCode(), command.title(), command.plannedOn(), occurredOn));
    }

    @CommandHandler
    void handle(AchieveMilestone command) {
        if (!plannedMilestones.contains(command.milestoneCode())) {
            throw CommandRejectedException.ruleViolation("UNKNOWN_MILESTONE",
                    "the project plans no milestone " + command.milestoneCode());
        }
        if (achievedMilestones.contains(command.milestoneCode())) {
            throw CommandRejectedException.conflict("MILESTONE_ALREADY_ACHIEVED",
                    "milestone " + command.milestoneCode() + " is already achieved");
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), command.achievedOn());
        apply(new MilestoneAchieved(projectId, command.milestoneCode(), command.achievedOn(), occurredOn));
    }

    @CommandHandler
    void handle(RecordTraining command, KnownAggregates known) {
        if (command.attendees() != null && command.attendees() < 0) {
            throw CommandRejectedException.ruleViolation("INVALID_ATTENDEES",
                    "a training's attendance cannot be negative: " + command.attendees());
        }
        if (trainings.contains(command.trainingCode())) {
            throw CommandRejectedException.conflict("TRAINING_ALREADY_RECORDED",
                    "the project already records training " + command.trainingCode());
        }
        known.require(AggregateType.MUNICIPALITY, command.municipalityId(), "UNKNOWN_MUNICIPALITY");
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), command.heldOn());
        apply(new TrainingRecorded(projectId, command.trainingCode(), command.municipalityId(), command.heldOn(),
                command.attendees(), command.topic(), occurredOn));
    }

    @CommandHandler
    void handle(RecordPublication command) {
        if (command.issueNumber() != null) {
            if (command.issueNumber() < 1) {
                throw CommandRejectedException.ruleViolation("INVALID_ISSUE_NUMBER",
                        "an issue number starts at 1, not " + command.issueNumber());
            }
            if (numberedPublications.contains(IssueOfSeries.of(command.series(), command.issueNumber()))) {
                throw CommandRejectedException.conflict("PUBLICATION_ALREADY_RECORDED", "issue "
                        + command.issueNumber() + " of " + command.series() + " is already recorded");
            }
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), command.publishedOn());
        apply(new PublicationRecorded(projectId, command.series(), command.issueNumber(), command.title(),
                command.publishedOn(), occurredOn));
    }

    /**
     * A CLOSED or CANCELLED project takes no new activity (partners, participants, plans, and elsewhere
     * recruitments and exhibitions); what happened during its life (financing, actuals, achievements,
     * trainings, publications, withdrawals) can still be recorded after it ended.
     */
    private void requireNotEnded(String action) {
        if (status == CLOSED || status == CANCELLED) {
            throw CommandRejectedException.ruleViolation("PROJECT_ENDED",
                    "the project is " + status + ": cannot " + action);
        }
    }

    private static Approximation exactUnlessStated(Approximation approximation) {
        return approximation == null ? Approximation.EXACT : approximation;
    }

    @EventSourcingHandler
    void on(ProjectRegistered event) {
        projectId = event.projectId();
        startedOn = event.occurredOn();
        status = PIPELINE;
    }

    @EventSourcingHandler
    void on(ProjectStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(PartnerAdded event) {
        partners.add(new Partnership(event.organisationId(), event.role()));
    }

    @EventSourcingHandler
    void on(PartnerWithdrawn event) {
        partners.remove(new Partnership(event.organisationId(), event.role()));
    }

    @EventSourcingHandler
    void on(MunicipalityEnrolled event) {
        participants.add(new Participation(event.municipalityId(), event.role()));
    }

    @EventSourcingHandler
    void on(MunicipalityWithdrawn event) {
        participants.remove(new Participation(event.municipalityId(), event.role()));
    }

    @EventSourcingHandler
    void on(FinancingAmountRecorded event) {
        financing.put(event.item(), new FinancingStatement(event.amount(), event.approximation(), event.note()));
    }

    @EventSourcingHandler
    void on(CoFinancingRateDeclared event) {
        declaredRate = new DeclaredRate(event.ratePercent(), event.note());
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicators.add(event.indicatorCode());
    }

    @EventSourcingHandler
    void on(MilestonePlanned event) {
        plannedMilestones.add(event.milestoneCode());
    }

    @EventSourcingHandler
    void on(MilestoneAchieved event) {
        achievedMilestones.add(event.milestoneCode());
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        trainings.add(event.trainingCode());
    }

    @EventSourcingHandler
    void on(PublicationRecorded event) {
        if (event.issueNumber() != null) {
            numberedPublications.add(IssueOfSeries.of(event.series(), event.issueNumber()));
        }
    }

    /** An organisation in one role; the same organisation may hold several. */
    private record Partnership(OrganisationId organisationId, PartnerRole role) {
    }

    /** A municipality in one role. */
    private record Participation(MunicipalityId municipalityId, ParticipantRole role) {
    }

    /** The current statement of one financing item. */
    private record FinancingStatement(Money amount, Approximation approximation, String note) {
    }

    /** The declared rate; 100 and 100.0 are the same rate. */
    private record DeclaredRate(BigDecimal ratePercent, String note) {
        boolean isSameAs(BigDecimal otherRate, String otherNote) {
            return ratePercent.compareTo(otherRate) == 0 && Objects.equals(note, otherNote);
        }
    }

    /** A numbered issue of a series; series names match ignoring case and spacing ("Biuletyn PPP"). */
    private record IssueOfSeries(String seriesKey, int issueNumber) {
        static IssueOfSeries of(String series, int issueNumber) {
            String key = Normalizer.normalize(series, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            return new IssueOfSeries(key, issueNumber);
        }
    }
}
