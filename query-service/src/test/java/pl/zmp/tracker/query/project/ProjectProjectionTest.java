package pl.zmp.tracker.query.project;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import pl.zmp.tracker.query.InMemoryRepository;
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
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ProjectProjectionTest {

    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final OrganisationId ZMP = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e01");
    private static final OrganisationId MINISTRY = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e02");
    private static final MunicipalityId KALISZ = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a11");
    private static final MunicipalityId BYTOM = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a12");
    private static final Instant REGISTERED_AT = Instant.parse("2019-10-15T08:30:00Z");

    private final ProjectViewRepository views = InMemoryRepository.of(ProjectViewRepository.class, ProjectView.class);
    private final ProjectProjection projection = new ProjectProjection(views, InMemoryRepository.operationsOver(views));

    /** the sequence number of the next event of the project; registration is 0 */
    private long sequence;

    @BeforeEach
    void registerProject() {
        projection.on(new ProjectRegistered(PROJECT, "Centrum Wsparcia Doradczego", "POPT 2014-2020",
                        "Doradztwo dla miast średnich tracących funkcje", ZMP,
                        new DateRange(LocalDate.of(2019, 11, 1), LocalDate.of(2022, 2, 28))),
                0, REGISTERED_AT);
        sequence = 1;
    }

    private ProjectView project() {
        return views.findById(PROJECT.value()).orElseThrow();
    }

    private static Instant at(long hoursAfterRegistration) {
        return REGISTERED_AT.plusSeconds(3600 * hoursAfterRegistration);
    }

    private static Money pln(String amount) {
        return Money.of(amount, "PLN");
    }

    @Test
    void registrationSetsTheFieldsThePipelineStatusAndEveryYearThePeriodTouches() {
        ProjectView view = project();

        assertThat(view.getId()).isEqualTo(PROJECT.value());
        assertThat(view.getTitle()).isEqualTo("Centrum Wsparcia Doradczego");
        assertThat(view.getProgrammeLine()).isEqualTo("POPT 2014-2020");
        assertThat(view.getDescription()).isEqualTo("Doradztwo dla miast średnich tracących funkcje");
        assertThat(view.getReportingOrganisationId()).isEqualTo(ZMP.value());
        assertThat(view.getPlannedFrom()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(view.getPlannedTo()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(view.getYears()).containsExactly(2019, 2020, 2021, 2022);
        assertThat(view.getStatus()).isEqualTo("PIPELINE");
        assertThat(view.getStatusHistory()).isEmpty();
        assertThat(view.getPartners()).isEmpty();
        assertThat(view.getFinancing()).isEmpty();
        assertThat(view.getDeclaredRate()).isNull();
        assertThat(view.getVersion()).isZero();
        assertThat(view.getUpdatedAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void periodWithinOneYearTouchesOnlyThatYear() {
        ProjectId oneYear = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e02");

        projection.on(new ProjectRegistered(oneYear, "Forum Rewitalizacji", null, null, ZMP,
                new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))), 0, REGISTERED_AT);

        assertThat(views.findById(oneYear.value()).orElseThrow().getYears()).containsExactly(2023);
    }

    @Test
    void statusChangeUpdatesTheStatusAndAppendsToTheHistoryAtTheEventTime() {
        projection.on(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                "umowa podpisana"), sequence++, at(1));
        projection.on(new ProjectStatusChanged(PROJECT, ProjectStatus.IMPLEMENTATION, ProjectStatus.SUSPENDED,
                null), sequence++, at(2));

        ProjectView view = project();
        assertThat(view.getStatus()).isEqualTo("SUSPENDED");
        assertThat(view.getStatusHistory()).containsExactly(
                new StatusChange("PIPELINE", "IMPLEMENTATION", "umowa podpisana", at(1)),
                new StatusChange("IMPLEMENTATION", "SUSPENDED", null, at(2)));
        assertThat(view.getVersion()).isEqualTo(2);
        assertThat(view.getUpdatedAt()).isEqualTo(at(2));
    }

    @Test
    void addedPartnerIsActive() {
        projection.on(new PartnerAdded(PROJECT, MINISTRY, PartnerRole.FUNDING, "instytucja pośrednicząca"),
                sequence++, at(1));

        assertThat(project().getPartners()).containsExactly(
                new Partner(MINISTRY.value(), "FUNDING", "instytucja pośrednicząca", true));
        assertThat(project().getUpdatedAt()).isEqualTo(at(1));
    }

    @Test
    void withdrawnPartnerIsInactiveInThatRoleOnly() {
        projection.on(new PartnerAdded(PROJECT, ZMP, PartnerRole.LEAD, null), sequence++, at(1));
        projection.on(new PartnerAdded(PROJECT, ZMP, PartnerRole.IMPLEMENTING, null), sequence++, at(2));

        projection.on(new PartnerWithdrawn(PROJECT, ZMP, PartnerRole.IMPLEMENTING, "zmiana umowy"), sequence++, at(3));

        assertThat(project().getPartners()).containsExactly(
                new Partner(ZMP.value(), "LEAD", null, true),
                new Partner(ZMP.value(), "IMPLEMENTING", null, false));
        assertThat(project().getVersion()).isEqualTo(3);
    }

    @Test
    void partnerAddedAgainAfterWithdrawalIsActiveAgainInItsPlace() {
        projection.on(new PartnerAdded(PROJECT, MINISTRY, PartnerRole.FUNDING, null), sequence++, at(1));
        projection.on(new PartnerAdded(PROJECT, ZMP, PartnerRole.LEAD, null), sequence++, at(2));
        projection.on(new PartnerWithdrawn(PROJECT, MINISTRY, PartnerRole.FUNDING, null), sequence++, at(3));

        projection.on(new PartnerAdded(PROJECT, MINISTRY, PartnerRole.FUNDING, "aneks nr 2"), sequence++, at(4));

        assertThat(project().getPartners()).containsExactly(
                new Partner(MINISTRY.value(), "FUNDING", "aneks nr 2", true),
                new Partner(ZMP.value(), "LEAD", null, true));
    }

    @Test
    void enrolledMunicipalityIsAnActiveParticipant() {
        projection.on(new MunicipalityEnrolled(PROJECT, KALISZ, ParticipantRole.PARTICIPATING_PLACE, "nabór I"),
                sequence++, at(1));

        assertThat(project().getParticipants()).containsExactly(
                new Participant(KALISZ.value(), "PARTICIPATING_PLACE", "nabór I", true));
    }

    @Test
    void withdrawnMunicipalityIsInactiveInThatRoleOnly() {
        projection.on(new MunicipalityEnrolled(PROJECT, KALISZ, ParticipantRole.PARTICIPATING_PLACE, null),
                sequence++, at(1));
        projection.on(new MunicipalityEnrolled(PROJECT, KALISZ, ParticipantRole.TRAINING_HOST, null),
                sequence++, at(2));
        projection.on(new MunicipalityEnrolled(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, null),
                sequence++, at(3));

        projection.on(new MunicipalityWithdrawn(PROJECT, KALISZ, ParticipantRole.PARTICIPATING_PLACE,
                "rezygnacja"), sequence++, at(4));

        assertThat(project().getParticipants()).containsExactly(
                new Participant(KALISZ.value(), "PARTICIPATING_PLACE", null, false),
                new Participant(KALISZ.value(), "TRAINING_HOST", null, true),
                new Participant(BYTOM.value(), "PARTICIPATING_PLACE", null, true));
    }

    @Test
    void municipalityEnrolledAgainAfterWithdrawalIsActiveAgain() {
        projection.on(new MunicipalityEnrolled(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, null),
                sequence++, at(1));
        projection.on(new MunicipalityWithdrawn(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, null),
                sequence++, at(2));

        projection.on(new MunicipalityEnrolled(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, "powrót"),
                sequence++, at(3));

        assertThat(project().getParticipants()).containsExactly(
                new Participant(BYTOM.value(), "PARTICIPATING_PLACE", "powrót", true));
    }

    @Test
    void recordedFinancingAmountAddsTheFigureOfItsItem() {
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE, pln("33940000"),
                Approximation.ABOUT, "wg umowy"), sequence++, at(1));

        assertThat(project().getFinancing()).containsExactly(new FinancingFigure("TOTAL_VALUE",
                new Amount(new BigDecimal("33940000.00"), "PLN"), "ABOUT", "wg umowy"));
    }

    @Test
    void laterStatementOfAnItemReplacesItsFigureInPlace() {
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE, pln("33940000"),
                Approximation.ABOUT, null), sequence++, at(1));
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.EU_FUNDS, pln("28849000"),
                Approximation.EXACT, null), sequence++, at(2));

        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE, pln("33941250.55"),
                Approximation.EXACT, "po aneksie"), sequence++, at(3));

        assertThat(project().getFinancing()).containsExactly(
                new FinancingFigure("TOTAL_VALUE", new Amount(new BigDecimal("33941250.55"), "PLN"), "EXACT",
                        "po aneksie"),
                new FinancingFigure("EU_FUNDS", new Amount(new BigDecimal("28849000.00"), "PLN"), "EXACT", null));
    }

    @Test
    void declaredCoFinancingRateReplacesTheEarlierDeclaration() {
        projection.on(new CoFinancingRateDeclared(PROJECT, new BigDecimal("85"), null), sequence++, at(1));

        projection.on(new CoFinancingRateDeclared(PROJECT, new BigDecimal("84.63"), "wg wniosku"), sequence++, at(2));

        assertThat(project().getDeclaredRate()).isEqualTo(new DeclaredRate(new BigDecimal("84.63"), "wg wniosku"));
    }

    @Test
    void budgetLinesAreAppendedInOrder() {
        projection.on(new BudgetLineAdded(PROJECT, 2020, "wynagrodzenia", pln("1200000"), Approximation.EXACT),
                sequence++, at(1));
        projection.on(new BudgetLineAdded(PROJECT, 2020, "wynagrodzenia", pln("1200000"), Approximation.EXACT),
                sequence++, at(2));
        projection.on(new BudgetLineAdded(PROJECT, 2021, "ekspertyzy", pln("350000.50"), Approximation.ALMOST),
                sequence++, at(3));

        Amount salaries = new Amount(new BigDecimal("1200000.00"), "PLN");
        assertThat(project().getBudgetLines()).containsExactly(
                new BudgetLine(2020, "wynagrodzenia", salaries, "EXACT"),
                new BudgetLine(2020, "wynagrodzenia", salaries, "EXACT"),
                new BudgetLine(2021, "ekspertyzy", new Amount(new BigDecimal("350000.50"), "PLN"), "ALMOST"));
    }

    @Test
    void definedIndicatorHasNoActualsYet() {
        projection.on(new IndicatorDefined(PROJECT, "W1", "Liczba miast objętych wsparciem", "szt.",
                new BigDecimal("55"), Approximation.EXACT), sequence++, at(1));
        projection.on(new IndicatorDefined(PROJECT, "W2", "Liczba przeszkolonych pracowników", "os.",
                null, null), sequence++, at(2));

        assertThat(project().getIndicators()).containsExactly(
                new Indicator("W1", "Liczba miast objętych wsparciem", "szt.", new BigDecimal("55"), "EXACT",
                        List.of()),
                new Indicator("W2", "Liczba przeszkolonych pracowników", "os.", null, null, List.of()));
    }

    @Test
    void recordedActualsAreAppendedToTheirIndicatorOnly() {
        projection.on(new IndicatorDefined(PROJECT, "W1", "Liczba miast objętych wsparciem", "szt.",
                new BigDecimal("55"), Approximation.EXACT), sequence++, at(1));
        projection.on(new IndicatorDefined(PROJECT, "W2", "Liczba przeszkolonych pracowników", "os.",
                null, null), sequence++, at(2));

        projection.on(new IndicatorActualRecorded(PROJECT, "W1", new BigDecimal("30"), Approximation.EXACT,
                LocalDate.of(2020, 12, 31), "sprawozdanie 2020"), sequence++, at(3));
        projection.on(new IndicatorActualRecorded(PROJECT, "W1", new BigDecimal("56"), Approximation.ABOVE,
                LocalDate.of(2021, 12, 31), "sprawozdanie 2021"), sequence++, at(4));

        assertThat(project().getIndicators()).containsExactly(
                new Indicator("W1", "Liczba miast objętych wsparciem", "szt.", new BigDecimal("55"), "EXACT",
                        List.of(new Actual(new BigDecimal("30"), "EXACT", LocalDate.of(2020, 12, 31),
                                        "sprawozdanie 2020"),
                                new Actual(new BigDecimal("56"), "ABOVE", LocalDate.of(2021, 12, 31),
                                        "sprawozdanie 2021"))),
                new Indicator("W2", "Liczba przeszkolonych pracowników", "os.", null, null, List.of()));
    }

    @Test
    void plannedMilestoneIsNotAchievedUntilItsAchievement() {
        projection.on(new MilestonePlanned(PROJECT, "K1", "Raport otwarcia", LocalDate.of(2020, 3, 31)),
                sequence++, at(1));
        projection.on(new MilestonePlanned(PROJECT, "K2", "Plany rozwoju miast", LocalDate.of(2021, 6, 30)),
                sequence++, at(2));
        assertThat(project().getMilestones()).extracting(Milestone::achievedOn).containsOnlyNulls();

        projection.on(new MilestoneAchieved(PROJECT, "K1", LocalDate.of(2020, 4, 7)), sequence++, at(3));

        assertThat(project().getMilestones()).containsExactly(
                new Milestone("K1", "Raport otwarcia", LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 7)),
                new Milestone("K2", "Plany rozwoju miast", LocalDate.of(2021, 6, 30), null));
    }

    @Test
    void trainingsAreAppended() {
        projection.on(new TrainingRecorded(PROJECT, "T-01", KALISZ, LocalDate.of(2020, 2, 12), 24,
                "Partycypacja"), sequence++, at(1));
        projection.on(new TrainingRecorded(PROJECT, "T-02", BYTOM, null, null, "Rewitalizacja"), sequence++, at(2));

        assertThat(project().getTrainings()).containsExactly(
                new Training("T-01", KALISZ.value(), LocalDate.of(2020, 2, 12), 24, "Partycypacja"),
                new Training("T-02", BYTOM.value(), null, null, "Rewitalizacja"));
    }

    @Test
    void publicationsAreAppended() {
        projection.on(new PublicationRecorded(PROJECT, "Biuletyn CWD", 1, "Miasta średnie", LocalDate.of(2020, 5, 4)),
                sequence++, at(1));
        projection.on(new PublicationRecorded(PROJECT, null, null, "Poradnik rozwoju lokalnego", null),
                sequence++, at(2));

        assertThat(project().getPublications()).containsExactly(
                new Publication("Biuletyn CWD", 1, "Miasta średnie", LocalDate.of(2020, 5, 4)),
                new Publication(null, null, "Poradnik rozwoju lokalnego", null));
        assertThat(project().getVersion()).isEqualTo(2);
        assertThat(project().getUpdatedAt()).isEqualTo(at(2));
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        BudgetLineAdded line = new BudgetLineAdded(PROJECT, 2020, "wynagrodzenia", pln("1200000"),
                Approximation.EXACT);
        ProjectStatusChanged started = new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE,
                ProjectStatus.IMPLEMENTATION, null);
        projection.on(line, 1, at(1));
        projection.on(started, 2, at(2));
        ProjectView once = project();

        projection.on(line, 1, at(1));
        projection.on(started, 2, at(2));

        assertThat(project()).usingRecursiveComparison().isEqualTo(once);
        assertThat(project().getBudgetLines()).hasSize(1);
        assertThat(project().getStatusHistory()).hasSize(1);
        verify(views, times(3)).save(any());
    }

    @Test
    void olderSequenceNumberIsIgnored() {
        projection.on(new IndicatorDefined(PROJECT, "W1", "Liczba miast", "szt.", null, null), 1, at(1));
        projection.on(new MilestonePlanned(PROJECT, "K1", "Raport otwarcia", LocalDate.of(2020, 3, 31)), 2, at(2));
        ProjectView current = project();

        projection.on(new IndicatorActualRecorded(PROJECT, "W1", BigDecimal.TEN, Approximation.EXACT,
                LocalDate.of(2020, 1, 1), null), 1, at(3));
        projection.on(new MilestoneAchieved(PROJECT, "K1", LocalDate.of(2020, 4, 7)), 2, at(3));

        assertThat(project()).usingRecursiveComparison().isEqualTo(current);
    }

    @Test
    void registrationRedeliveredAfterLaterEventsDoesNotUndoThem() {
        projection.on(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                null), 1, at(1));
        ProjectView current = project();

        projection.on(new ProjectRegistered(PROJECT, "Centrum Wsparcia Doradczego", "POPT 2014-2020", null, ZMP,
                new DateRange(LocalDate.of(2019, 11, 1), LocalDate.of(2022, 2, 28))), 0, REGISTERED_AT);

        assertThat(project()).usingRecursiveComparison().isEqualTo(current);
        assertThat(project().getStatus()).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void eventOfAnUnprojectedProjectIsRefused() {
        ProjectId unknown = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4eff");

        assertThatIllegalStateException().isThrownBy(() -> projection.on(
                new CoFinancingRateDeclared(unknown, BigDecimal.TEN, null), 1, at(1)))
                .withMessageContaining(unknown.value());
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.reset();

        verify(views).deleteAll();
        assertThat(views.count()).isZero();
    }


    @Test
    void axonPassesTheSequenceNumberAndTimestampOfTheStoredEvent() throws Exception {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);

        axon.handle(new GenericDomainEventMessage<>("Project", PROJECT.value(), 1, new ProjectStatusChanged(PROJECT,
                ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION, null), MetaData.emptyInstance(),
                "c0a80101-0000-4000-8000-000000000001", at(5)));

        assertThat(project().getVersion()).isEqualTo(1);
        assertThat(project().getUpdatedAt()).isEqualTo(at(5));
        assertThat(project().getStatusHistory()).extracting(StatusChange::at).containsExactly(at(5));
    }

    @Test
    void axonFindsAHandlerForEveryProjectEventAndTheResetHandler() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);

        assertThat(List.of(ProjectRegistered.class, ProjectStatusChanged.class, PartnerAdded.class,
                PartnerWithdrawn.class, MunicipalityEnrolled.class, MunicipalityWithdrawn.class,
                FinancingAmountRecorded.class, CoFinancingRateDeclared.class, BudgetLineAdded.class,
                IndicatorDefined.class, IndicatorActualRecorded.class, MilestonePlanned.class, MilestoneAchieved.class,
                TrainingRecorded.class, PublicationRecorded.class)).allMatch(axon::canHandleType);
        axon.prepareReset();
        assertThat(views.count()).isZero();
    }
}
