package pl.zmp.tracker.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.zmp.tracker.command.axon.CommandRejectedException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProjectTest {

    private static final ProjectId PROJECT = new ProjectId("3b0f6a2e-1d2c-4e5f-8a9b-0c1d2e3f4a01");
    private static final OrganisationId ZMP = new OrganisationId("0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e01");
    private static final OrganisationId ZPP = new OrganisationId("0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e02");
    private static final OrganisationId UNREGISTERED_ORG = new OrganisationId("0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2eff");
    private static final MunicipalityId GDANSK = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final MunicipalityId UNREGISTERED_PLACE = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0aff");
    private static final DateRange PERIOD = new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
    private static final ProjectRegistered REGISTERED =
            new ProjectRegistered(PROJECT, "Rozwój PPP w Polsce", null, null, ZMP, PERIOD);
    private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);
    private static final String DECK = "ZMP projects slide deck";

    /** The lifecycle as the brief states it, written out independently of the aggregate. */
    private static final String[] ALLOWED_TRANSITIONS = {
            "PIPELINE,IMPLEMENTATION", "PIPELINE,SUSPENDED", "PIPELINE,CANCELLED",
            "IMPLEMENTATION,FINALISATION", "IMPLEMENTATION,SUSPENDED", "IMPLEMENTATION,CANCELLED",
            "FINALISATION,CLOSED", "FINALISATION,SUSPENDED", "FINALISATION,CANCELLED",
            "SUSPENDED,PIPELINE", "SUSPENDED,IMPLEMENTATION", "SUSPENDED,FINALISATION", "SUSPENDED,CANCELLED"};

    private final Set<String> registered = new HashSet<>();
    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        KnownAggregates known = mock(KnownAggregates.class);
        when(known.exists(any(AggregateType.class), any())).thenAnswer(call ->
                registered.contains(call.<AggregateType>getArgument(0).storedName() + ":" + call.getArgument(1)));
        doCallRealMethod().when(known).require(any(AggregateType.class), any(), anyString());
        registered.add("Organisation:" + ZMP);
        registered.add("Organisation:" + ZPP);
        registered.add("Municipality:" + GDANSK);
        fixture = new AggregateTestFixture<>(Project.class);
        // business time defaults to now here; its rules are proven in ProjectBusinessTimeTest
        fixture.registerFieldFilter(field -> !field.getName().equals("occurredOn"));
        fixture.registerInjectableResource(known);
    }

    private static Matcher<Object> rejectedWith(String code) {
        return Matchers.predicate(e -> e instanceof CommandRejectedException rejected && rejected.code().equals(code));
    }

    private TestExecutor<Project> givenRegistered(Object... laterEvents) {
        List<Object> events = new ArrayList<>();
        events.add(REGISTERED);
        events.addAll(Arrays.asList(laterEvents));
        return fixture.given(events);
    }

    /** A registered project brought to the status along a legal path, then the later events. */
    private TestExecutor<Project> givenIn(ProjectStatus status, Object... laterEvents) {
        List<ProjectStatus> path = switch (status) {
            case PIPELINE -> List.of();
            case IMPLEMENTATION -> List.of(ProjectStatus.IMPLEMENTATION);
            case FINALISATION -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);
            case CLOSED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED);
            case SUSPENDED, CANCELLED -> List.of(status);
        };
        List<Object> events = new ArrayList<>();
        ProjectStatus from = ProjectStatus.PIPELINE;
        for (ProjectStatus to : path) {
            events.add(new ProjectStatusChanged(PROJECT, from, to, null));
            from = to;
        }
        events.addAll(Arrays.asList(laterEvents));
        return givenRegistered(events.toArray());
    }

    // --- registration -------------------------------------------------------------------------

    @Test
    void registersProjectReportedByKnownOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, "Rozwój PPP w Polsce", "PPP", "consortium ZMP+ZPP", ZMP, PERIOD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProjectRegistered(PROJECT, "Rozwój PPP w Polsce", "PPP", "consortium ZMP+ZPP",
                        ZMP, PERIOD));
    }

    @Test
    void registersProjectWithoutOptionalDetails() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, "System monitorowania usług publicznych", null, null, ZMP, null))
                .expectEvents(new ProjectRegistered(PROJECT, "System monitorowania usług publicznych", null, null,
                        ZMP, null));
    }

    @Test
    void newProjectStartsInPipeline() {
        givenRegistered()
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started"))
                .expectEvents(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                        "started"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlankTitle(String title) {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, title, null, null, ZMP, null))
                .expectException(rejectedWith("TITLE_REQUIRED"))
                .expectExceptionMessage("a project needs a title")
                .expectNoEvents();
    }

    @Test
    void rejectsMissingTitle() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, null, null, null, ZMP, null))
                .expectException(rejectedWith("TITLE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsUnknownReportingOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, "Rozwój PPP w Polsce", null, null, UNREGISTERED_ORG, null))
                .expectException(rejectedWith("UNKNOWN_ORGANISATION"))
                .expectExceptionMessage("no organisation with id " + UNREGISTERED_ORG)
                .expectNoEvents();
    }

    // --- lifecycle ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedTransitions")
    void movesAlongAllowedTransition(ProjectStatus from, ProjectStatus to) {
        givenIn(from)
                .when(new ChangeProjectStatus(PROJECT, to, "as planned"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProjectStatusChanged(PROJECT, from, to, "as planned"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalTransitions")
    void rejectsIllegalTransitionNamingBothStatuses(ProjectStatus from, ProjectStatus to) {
        givenIn(from)
                .when(new ChangeProjectStatus(PROJECT, to, null))
                .expectException(rejectedWith("ILLEGAL_STATUS_TRANSITION"))
                .expectExceptionMessage("a project cannot move from " + from + " to " + to)
                .expectNoEvents();
    }

    @Test
    void rejectsTransitionFromStatusReachedEarlier() {
        givenRegistered(
                new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION, null),
                new ProjectStatusChanged(PROJECT, ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, null))
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, null))
                .expectException(rejectedWith("ILLEGAL_STATUS_TRANSITION"))
                .expectNoEvents();
    }

    static Stream<Arguments> allowedTransitions() {
        return Arrays.stream(ALLOWED_TRANSITIONS).map(pair -> pair.split(","))
                .map(pair -> Arguments.of(ProjectStatus.valueOf(pair[0]), ProjectStatus.valueOf(pair[1])));
    }

    static Stream<Arguments> illegalTransitions() {
        Set<String> allowed = Set.of(ALLOWED_TRANSITIONS);
        return EnumSet.allOf(ProjectStatus.class).stream().flatMap(from -> EnumSet.allOf(ProjectStatus.class).stream()
                .filter(to -> !allowed.contains(from + "," + to))
                .map(to -> Arguments.of(from, to)));
    }

    // --- partners -----------------------------------------------------------------------------

    @Test
    void addsPartnerInRole() {
        givenRegistered()
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.PARTNER, "consortium"))
                .expectEvents(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, "consortium"));
    }

    @Test
    void letsOneOrganisationHoldSeveralRoles() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.FUNDING, null))
                .expectEvents(new PartnerAdded(PROJECT, ZPP, PartnerRole.FUNDING, null));
    }

    @Test
    void rejectsPartnerAlreadyActiveInRole() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.PARTNER, "again"))
                .expectException(rejectedWith("PARTNER_ALREADY_ADDED"))
                .expectExceptionMessage("organisation " + ZPP + " already takes part in the project as PARTNER")
                .expectNoEvents();
    }

    @Test
    void addsPartnerAgainAfterWithdrawal() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null),
                new PartnerWithdrawn(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.PARTNER, "back"))
                .expectEvents(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, "back"));
    }

    @Test
    void rejectsUnknownOrganisationAsPartner() {
        givenRegistered()
                .when(new AddPartner(PROJECT, UNREGISTERED_ORG, PartnerRole.PARTNER, null))
                .expectException(rejectedWith("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CLOSED", "CANCELLED"})
    void rejectsPartnerOnceProjectEnded(ProjectStatus ended) {
        givenIn(ended)
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .expectException(rejectedWith("PROJECT_ENDED"))
                .expectExceptionMessage("the project is " + ended + ": cannot add a partner")
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"FINALISATION", "SUSPENDED"})
    void addsPartnerWhileProjectNotEnded(ProjectStatus status) {
        givenIn(status)
                .when(new AddPartner(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .expectEvents(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null));
    }

    @Test
    void withdrawsActivePartner() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new WithdrawPartner(PROJECT, ZPP, PartnerRole.PARTNER, "left the consortium"))
                .expectEvents(new PartnerWithdrawn(PROJECT, ZPP, PartnerRole.PARTNER, "left the consortium"));
    }

    @Test
    void rejectsWithdrawingOrganisationFromRoleItDoesNotHold() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new WithdrawPartner(PROJECT, ZPP, PartnerRole.LEAD, null))
                .expectException(rejectedWith("NOT_A_PARTNER"))
                .expectExceptionMessage("organisation " + ZPP + " does not take part in the project as LEAD")
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawingPartnerTwice() {
        givenRegistered(new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null),
                new PartnerWithdrawn(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new WithdrawPartner(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .expectException(rejectedWith("NOT_A_PARTNER"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CLOSED", "CANCELLED"})
    void rejectsNewPlansOnceProjectEnded(ProjectStatus ended) {
        givenIn(ended)
                .when(new DefineIndicator(PROJECT, "people-trained", "People trained", "persons", null, null))
                .expectException(rejectedWith("PROJECT_ENDED"))
                .expectExceptionMessage("the project is " + ended + ": cannot define an indicator")
                .expectNoEvents();
        givenIn(ended)
                .when(new PlanMilestone(PROJECT, "book", "Book", null))
                .expectException(rejectedWith("PROJECT_ENDED"))
                .expectExceptionMessage("the project is " + ended + ": cannot plan a milestone")
                .expectNoEvents();
    }

    @Test
    void withdrawsPartnerAfterProjectEnded() {
        givenIn(ProjectStatus.CANCELLED, new PartnerAdded(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .when(new WithdrawPartner(PROJECT, ZPP, PartnerRole.PARTNER, null))
                .expectEvents(new PartnerWithdrawn(PROJECT, ZPP, PartnerRole.PARTNER, null));
    }

    // --- participating municipalities ---------------------------------------------------------

    @Test
    void enrolsMunicipalityInRole() {
        givenRegistered()
                .when(new EnrolMunicipality(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, "one of 12"))
                .expectEvents(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, "one of 12"));
    }

    @Test
    void letsOneMunicipalityTakePartInSeveralRoles() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .when(new EnrolMunicipality(PROJECT, GDANSK, ParticipantRole.TRAINING_HOST, null))
                .expectEvents(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.TRAINING_HOST, null));
    }

    @Test
    void rejectsMunicipalityAlreadyEnrolledInRole() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .when(new EnrolMunicipality(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .expectException(rejectedWith("ALREADY_ENROLLED"))
                .expectExceptionMessage("municipality " + GDANSK
                        + " is already enrolled in the project as PARTICIPATING_PLACE")
                .expectNoEvents();
    }

    @Test
    void enrolsMunicipalityAgainAfterWithdrawal() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.NETWORK_MEMBER, null),
                new MunicipalityWithdrawn(PROJECT, GDANSK, ParticipantRole.NETWORK_MEMBER, null))
                .when(new EnrolMunicipality(PROJECT, GDANSK, ParticipantRole.NETWORK_MEMBER, null))
                .expectEvents(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.NETWORK_MEMBER, null));
    }

    @Test
    void rejectsUnknownMunicipalityForEnrolment() {
        givenRegistered()
                .when(new EnrolMunicipality(PROJECT, UNREGISTERED_PLACE, ParticipantRole.PARTICIPATING_PLACE, null))
                .expectException(rejectedWith("UNKNOWN_MUNICIPALITY"))
                .expectExceptionMessage("no municipality with id " + UNREGISTERED_PLACE)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CLOSED", "CANCELLED"})
    void rejectsEnrolmentOnceProjectEnded(ProjectStatus ended) {
        givenIn(ended)
                .when(new EnrolMunicipality(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .expectException(rejectedWith("PROJECT_ENDED"))
                .expectExceptionMessage("the project is " + ended + ": cannot enrol a municipality")
                .expectNoEvents();
    }

    @Test
    void withdrawsEnrolledMunicipality() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .when(new WithdrawMunicipality(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, "council decision"))
                .expectEvents(new MunicipalityWithdrawn(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE,
                        "council decision"));
    }

    @Test
    void rejectsWithdrawingMunicipalityFromRoleItDoesNotHold() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .when(new WithdrawMunicipality(PROJECT, GDANSK, ParticipantRole.TRAINING_HOST, null))
                .expectException(rejectedWith("NOT_ENROLLED"))
                .expectExceptionMessage("municipality " + GDANSK + " is not enrolled in the project as TRAINING_HOST")
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawingMunicipalityTwice() {
        givenRegistered(new MunicipalityEnrolled(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null),
                new MunicipalityWithdrawn(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .when(new WithdrawMunicipality(PROJECT, GDANSK, ParticipantRole.PARTICIPATING_PLACE, null))
                .expectException(rejectedWith("NOT_ENROLLED"))
                .expectNoEvents();
    }

    // --- financing ----------------------------------------------------------------------------

    @Test
    void recordsFinancingAmountAsExactWhenNoQualifierGiven() {
        givenRegistered()
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("10900000", "PLN"), null,
                        "10,9 mln zł"))
                .expectEvents(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE,
                        Money.of("10900000", "PLN"), Approximation.EXACT, "10,9 mln zł"));
    }

    @Test
    void keepsTheSourcesQualifierOfAnAmount() {
        givenRegistered()
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("2000000", "PLN"),
                        Approximation.ALMOST, null))
                .expectEvents(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE,
                        Money.of("2000000", "PLN"), Approximation.ALMOST, null));
    }

    @Test
    void supersedesEarlierStatementOfSameItem() {
        givenRegistered(new FinancingAmountRecorded(PROJECT, FinancingItem.GRANT, Money.of("115000", "PLN"),
                Approximation.EXACT, null))
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.GRANT, Money.of("261000", "PLN"), null, null))
                .expectEvents(new FinancingAmountRecorded(PROJECT, FinancingItem.GRANT, Money.of("261000", "PLN"),
                        Approximation.EXACT, null));
    }

    @Test
    void ignoresRestatementOfCurrentFigure() {
        givenRegistered(new FinancingAmountRecorded(PROJECT, FinancingItem.GRANT, Money.of("115000", "PLN"),
                Approximation.EXACT, "dofinansowanie"))
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.GRANT, Money.of("115000.00", "PLN"), null,
                        "dofinansowanie"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsSameFigureForAnotherItem() {
        givenRegistered(new FinancingAmountRecorded(PROJECT, FinancingItem.GRANT, Money.of("50000", "PLN"),
                Approximation.EXACT, null))
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("50000", "PLN"), null, null))
                .expectEvents(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE,
                        Money.of("50000", "PLN"), Approximation.EXACT, null));
    }

    @Test
    void recordsFinancingAfterProjectClosed() {
        givenIn(ProjectStatus.CLOSED)
                .when(new RecordFinancingAmount(PROJECT, FinancingItem.ZMP_SHARE, Money.of("182000", "PLN"), null, null))
                .expectEvents(new FinancingAmountRecorded(PROJECT, FinancingItem.ZMP_SHARE, Money.of("182000", "PLN"),
                        Approximation.EXACT, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "88.6", "100", "100.00"})
    void declaresCoFinancingRateAsStated(String rate) {
        givenRegistered()
                .when(new DeclareCoFinancingRate(PROJECT, new BigDecimal(rate), "Poziom dofinansowania"))
                .expectEvents(new CoFinancingRateDeclared(PROJECT, new BigDecimal(rate), "Poziom dofinansowania"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.01", "885"})
    void rejectsRateOutsideZeroToHundred(String rate) {
        givenRegistered()
                .when(new DeclareCoFinancingRate(PROJECT, new BigDecimal(rate), null))
                .expectException(rejectedWith("INVALID_RATE"))
                .expectExceptionMessage("a co-financing rate is between 0 and 100 %, not " + rate)
                .expectNoEvents();
    }

    @Test
    void rejectsMissingRate() {
        givenRegistered()
                .when(new DeclareCoFinancingRate(PROJECT, null, null))
                .expectException(rejectedWith("INVALID_RATE"))
                .expectNoEvents();
    }

    @Test
    void ignoresRedeclarationOfCurrentRate() {
        givenRegistered(new CoFinancingRateDeclared(PROJECT, new BigDecimal("100"), "100%"))
                .when(new DeclareCoFinancingRate(PROJECT, new BigDecimal("100.0"), "100%"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void declaresChangedRate() {
        givenRegistered(new CoFinancingRateDeclared(PROJECT, new BigDecimal("90"), null))
                .when(new DeclareCoFinancingRate(PROJECT, new BigDecimal("88.6"), null))
                .expectEvents(new CoFinancingRateDeclared(PROJECT, new BigDecimal("88.6"), null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2018, 2100})
    void addsBudgetLineAsExactWhenNoQualifierGiven(int year) {
        givenRegistered()
                .when(new AddBudgetLine(PROJECT, year, "each city's budget", Money.of("30000", "EUR"), null))
                .expectEvents(new BudgetLineAdded(PROJECT, year, "each city's budget", Money.of("30000", "EUR"),
                        Approximation.EXACT));
    }

    @Test
    void addsBudgetLineWithQualifier() {
        givenRegistered()
                .when(new AddBudgetLine(PROJECT, 2019, "each city's budget", Money.of("30000", "EUR"),
                        Approximation.ABOVE))
                .expectEvents(new BudgetLineAdded(PROJECT, 2019, "each city's budget", Money.of("30000", "EUR"),
                        Approximation.ABOVE));
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2101, 0})
    void rejectsBudgetYearOutsideRange(int year) {
        givenRegistered()
                .when(new AddBudgetLine(PROJECT, year, "cost", Money.of("50000", "PLN"), null))
                .expectException(rejectedWith("INVALID_YEAR"))
                .expectExceptionMessage("a budget year is between 1990 and 2100, not " + year)
                .expectNoEvents();
    }

    // --- indicators ---------------------------------------------------------------------------

    @Test
    void definesIndicatorWithTargetExactWhenNoQualifierGiven() {
        givenRegistered()
                .when(new DefineIndicator(PROJECT, "municipalities-supported", "JST wspierane", "municipalities",
                        new BigDecimal("25"), null))
                .expectEvents(new IndicatorDefined(PROJECT, "municipalities-supported", "JST wspierane",
                        "municipalities", new BigDecimal("25"), Approximation.EXACT));
    }

    @Test
    void definesIndicatorKeepingQualifierOfTarget() {
        givenRegistered()
                .when(new DefineIndicator(PROJECT, "people-trained", "People trained", "persons",
                        new BigDecimal("1200"), Approximation.ABOVE))
                .expectEvents(new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons",
                        new BigDecimal("1200"), Approximation.ABOVE));
    }

    @Test
    void definesIndicatorWithoutTarget() {
        givenRegistered()
                .when(new DefineIndicator(PROJECT, "bulletin-issues", "Bulletin issues", "issues", null, null))
                .expectEvents(new IndicatorDefined(PROJECT, "bulletin-issues", "Bulletin issues", "issues", null, null));
    }

    @Test
    void definesIndicatorWithZeroTarget() {
        givenRegistered()
                .when(new DefineIndicator(PROJECT, "complaints", "Complaints", "cases", BigDecimal.ZERO, null))
                .expectEvents(new IndicatorDefined(PROJECT, "complaints", "Complaints", "cases", BigDecimal.ZERO,
                        Approximation.EXACT));
    }

    @Test
    void rejectsIndicatorCodeAlreadyDefined() {
        givenRegistered(new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons", null, null))
                .when(new DefineIndicator(PROJECT, "people-trained", "Trained", "persons", null, null))
                .expectException(rejectedWith("INDICATOR_ALREADY_DEFINED"))
                .expectExceptionMessage("the project already defines indicator people-trained")
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeTarget() {
        givenRegistered()
                .when(new DefineIndicator(PROJECT, "people-trained", "People trained", "persons",
                        new BigDecimal("-1"), null))
                .expectException(rejectedWith("INVALID_TARGET"))
                .expectExceptionMessage("an indicator's target cannot be negative: -1")
                .expectNoEvents();
    }

    @Test
    void recordsActualAsExactWhenNoQualifierGiven() {
        givenRegistered(new IndicatorDefined(PROJECT, "bulletin-issues", "Bulletin issues", "issues", null, null))
                .when(new RecordIndicatorActual(PROJECT, "bulletin-issues", new BigDecimal("11"), null, END_OF_2019, DECK))
                .expectEvents(new IndicatorActualRecorded(PROJECT, "bulletin-issues", new BigDecimal("11"),
                        Approximation.EXACT, END_OF_2019, DECK));
    }

    @Test
    void recordsActualWithQualifierAndZeroValue() {
        givenRegistered(new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons", null, null))
                .when(new RecordIndicatorActual(PROJECT, "people-trained", BigDecimal.ZERO, Approximation.ABOUT,
                        END_OF_2019, DECK))
                .expectEvents(new IndicatorActualRecorded(PROJECT, "people-trained", BigDecimal.ZERO,
                        Approximation.ABOUT, END_OF_2019, DECK));
    }

    @Test
    void recordsActualAfterProjectCancelled() {
        givenIn(ProjectStatus.CANCELLED,
                new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons", null, null))
                .when(new RecordIndicatorActual(PROJECT, "people-trained", new BigDecimal("1200"), Approximation.ABOVE,
                        END_OF_2019, DECK))
                .expectEvents(new IndicatorActualRecorded(PROJECT, "people-trained", new BigDecimal("1200"),
                        Approximation.ABOVE, END_OF_2019, DECK));
    }

    @Test
    void rejectsActualOfUndefinedIndicator() {
        givenRegistered()
                .when(new RecordIndicatorActual(PROJECT, "people-trained", new BigDecimal("1200"), null,
                        END_OF_2019, DECK))
                .expectException(rejectedWith("UNKNOWN_INDICATOR"))
                .expectExceptionMessage("the project defines no indicator people-trained")
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeActualValue() {
        givenRegistered(new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons", null, null))
                .when(new RecordIndicatorActual(PROJECT, "people-trained", new BigDecimal("-5"), null, END_OF_2019, DECK))
                .expectException(rejectedWith("INVALID_VALUE"))
                .expectExceptionMessage("an indicator's actual value is a number of at least 0, not -5")
                .expectNoEvents();
    }

    // --- milestones ---------------------------------------------------------------------------

    @Test
    void plansMilestone() {
        givenRegistered()
                .when(new PlanMilestone(PROJECT, "book", "Sto lat ZMP 1917-2018", LocalDate.of(2018, 11, 30)))
                .expectEvents(new MilestonePlanned(PROJECT, "book", "Sto lat ZMP 1917-2018", LocalDate.of(2018, 11, 30)));
    }

    @Test
    void rejectsMilestoneCodeAlreadyPlanned() {
        givenRegistered(new MilestonePlanned(PROJECT, "book", "Book", null))
                .when(new PlanMilestone(PROJECT, "book", "Another book", null))
                .expectException(rejectedWith("MILESTONE_ALREADY_PLANNED"))
                .expectExceptionMessage("the project already plans milestone book")
                .expectNoEvents();
    }

    @Test
    void achievesPlannedMilestone() {
        givenRegistered(new MilestonePlanned(PROJECT, "book", "Book", null))
                .when(new AchieveMilestone(PROJECT, "book", LocalDate.of(2018, 11, 30)))
                .expectEvents(new MilestoneAchieved(PROJECT, "book", LocalDate.of(2018, 11, 30)));
    }

    @Test
    void achievesMilestoneAfterProjectClosed() {
        givenIn(ProjectStatus.CLOSED, new MilestonePlanned(PROJECT, "book", "Book", null))
                .when(new AchieveMilestone(PROJECT, "book", LocalDate.of(2018, 11, 30)))
                .expectEvents(new MilestoneAchieved(PROJECT, "book", LocalDate.of(2018, 11, 30)));
    }

    @Test
    void rejectsAchievingUnplannedMilestone() {
        givenRegistered(new MilestonePlanned(PROJECT, "book", "Book", null))
                .when(new AchieveMilestone(PROJECT, "online-archive", LocalDate.of(2018, 11, 30)))
                .expectException(rejectedWith("UNKNOWN_MILESTONE"))
                .expectExceptionMessage("the project plans no milestone online-archive")
                .expectNoEvents();
    }

    @Test
    void rejectsAchievingMilestoneTwice() {
        givenRegistered(new MilestonePlanned(PROJECT, "book", "Book", null),
                new MilestoneAchieved(PROJECT, "book", LocalDate.of(2018, 11, 30)))
                .when(new AchieveMilestone(PROJECT, "book", LocalDate.of(2018, 12, 1)))
                .expectException(rejectedWith("MILESTONE_ALREADY_ACHIEVED"))
                .expectExceptionMessage("milestone book is already achieved")
                .expectNoEvents();
    }

    // --- trainings ----------------------------------------------------------------------------

    @Test
    void recordsTrainingInKnownMunicipality() {
        givenRegistered()
                .when(new RecordTraining(PROJECT, "finance-staff-gdansk", GDANSK, LocalDate.of(2018, 5, 14), 45,
                        "PPP for finance staff"))
                .expectEvents(new TrainingRecorded(PROJECT, "finance-staff-gdansk", GDANSK, LocalDate.of(2018, 5, 14),
                        45, "PPP for finance staff"));
    }

    @Test
    void recordsTrainingWithoutDateOrAttendance() {
        givenRegistered()
                .when(new RecordTraining(PROJECT, "finance-staff-gdansk", GDANSK, null, null, "PPP"))
                .expectEvents(new TrainingRecorded(PROJECT, "finance-staff-gdansk", GDANSK, null, null, "PPP"));
    }

    @Test
    void recordsTrainingWithNoAttendeesAfterProjectClosed() {
        givenIn(ProjectStatus.CLOSED)
                .when(new RecordTraining(PROJECT, "finance-staff-gdansk", GDANSK, null, 0, "PPP"))
                .expectEvents(new TrainingRecorded(PROJECT, "finance-staff-gdansk", GDANSK, null, 0, "PPP"));
    }

    @Test
    void rejectsTrainingCodeAlreadyRecorded() {
        givenRegistered(new TrainingRecorded(PROJECT, "finance-staff-gdansk", GDANSK, null, null, "PPP"))
                .when(new RecordTraining(PROJECT, "finance-staff-gdansk", GDANSK, null, null, "PPP again"))
                .expectException(rejectedWith("TRAINING_ALREADY_RECORDED"))
                .expectExceptionMessage("the project already records training finance-staff-gdansk")
                .expectNoEvents();
    }

    @Test
    void rejectsTrainingInUnknownMunicipality() {
        givenRegistered()
                .when(new RecordTraining(PROJECT, "finance-staff-x", UNREGISTERED_PLACE, null, null, "PPP"))
                .expectException(rejectedWith("UNKNOWN_MUNICIPALITY"))
                .expectExceptionMessage("no municipality with id " + UNREGISTERED_PLACE)
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeAttendance() {
        givenRegistered()
                .when(new RecordTraining(PROJECT, "finance-staff-gdansk", GDANSK, null, -1, "PPP"))
                .expectException(rejectedWith("INVALID_ATTENDEES"))
                .expectExceptionMessage("a training's attendance cannot be negative: -1")
                .expectNoEvents();
    }

    // --- publications -------------------------------------------------------------------------

    @Test
    void recordsNumberedIssueOfSeries() {
        givenRegistered(new PublicationRecorded(PROJECT, "Biuletyn PPP", 10, null, null))
                .when(new RecordPublication(PROJECT, "Biuletyn PPP", 11, null, null))
                .expectEvents(new PublicationRecorded(PROJECT, "Biuletyn PPP", 11, null, null));
    }

    @Test
    void recordsSameNumberInAnotherSeries() {
        givenRegistered(new PublicationRecorded(PROJECT, "Biuletyn PPP", 1, null, null))
                .when(new RecordPublication(PROJECT, "Zeszyty ZMP", 1, null, null))
                .expectEvents(new PublicationRecorded(PROJECT, "Zeszyty ZMP", 1, null, null));
    }

    @Test
    void neverTreatsUnnumberedPublicationsAsDuplicates() {
        givenRegistered(new PublicationRecorded(PROJECT, "Książka", null, "Sto lat ZMP 1917-2018", null))
                .when(new RecordPublication(PROJECT, "Książka", null, "Sto lat ZMP 1917-2018", null))
                .expectEvents(new PublicationRecorded(PROJECT, "Książka", null, "Sto lat ZMP 1917-2018", null));
    }

    @Test
    void recordsPublicationAfterProjectCancelled() {
        givenIn(ProjectStatus.CANCELLED)
                .when(new RecordPublication(PROJECT, "Książka", null, "Sto lat ZMP", LocalDate.of(2018, 11, 1)))
                .expectEvents(new PublicationRecorded(PROJECT, "Książka", null, "Sto lat ZMP", LocalDate.of(2018, 11, 1)));
    }

    @Test
    void rejectsIssueOfSeriesRecordedTwice() {
        givenRegistered(new PublicationRecorded(PROJECT, "Biuletyn PPP", 11, null, null))
                .when(new RecordPublication(PROJECT, "Biuletyn PPP", 11, "again", null))
                .expectException(rejectedWith("PUBLICATION_ALREADY_RECORDED"))
                .expectExceptionMessage("issue 11 of Biuletyn PPP is already recorded")
                .expectNoEvents();
    }

    @Test
    void matchesSeriesIgnoringCaseAndSpacing() {
        givenRegistered(new PublicationRecorded(PROJECT, "Biuletyn PPP", 3, null, null))
                .when(new RecordPublication(PROJECT, "biuletyn  ppp", 3, null, null))
                .expectException(rejectedWith("PUBLICATION_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsIssueNumberBelowOne(int issueNumber) {
        givenRegistered()
                .when(new RecordPublication(PROJECT, "Biuletyn PPP", issueNumber, null, null))
                .expectException(rejectedWith("INVALID_ISSUE_NUMBER"))
                .expectExceptionMessage("an issue number starts at 1, not " + issueNumber)
                .expectNoEvents();
    }
}
