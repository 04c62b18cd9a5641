package pl.zmp.tracker.command.businesstime;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.command.project.ChangeProjectStatus;
import pl.zmp.tracker.command.project.Project;
import pl.zmp.tracker.command.project.RecordIndicatorActual;
import pl.zmp.tracker.command.project.RegisterProject;
import pl.zmp.tracker.command.recruitment.ApplyToRecruitment;
import pl.zmp.tracker.command.recruitment.CloseRecruitment;
import pl.zmp.tracker.command.recruitment.Recruitment;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.IndicatorDefined;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;
import pl.zmp.tracker.values.RecruitmentId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When facts happened: given by the coordinator or defaulted, refused in the future or before the start. */
class BusinessTimeRulesTest {

    private static final ProjectId PROJECT = new ProjectId("3b0f6a2e-1d2c-4e5f-8a9b-0c1d2e3f4a01");
    private static final OrganisationId ZMP = new OrganisationId("0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e01");
    private static final RecruitmentId CALL = new RecruitmentId("5a1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final MunicipalityId GDANSK = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final DateRange PERIOD = new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
    private static final Instant STARTED = Instant.parse("2016-12-31T23:00:00Z");
    private static final Instant MID_2018 = Instant.parse("2018-06-30T22:00:00Z");
    private static final ProjectRegistered REGISTERED_2017 =
            new ProjectRegistered(PROJECT, "Rozwój PPP w Polsce", null, null, ZMP, PERIOD, STARTED);
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private AggregateTestFixture<Project> projects;
    private AggregateTestFixture<Recruitment> recruitments;

    @BeforeEach
    void setUp() {
        KnownAggregates known = mock(KnownAggregates.class);
        when(known.exists(any(AggregateType.class), any())).thenReturn(true);
        doCallRealMethod().when(known).require(any(AggregateType.class), any(), anyString());
        projects = new AggregateTestFixture<>(Project.class);
        projects.registerInjectableResource(known);
        recruitments = new AggregateTestFixture<>(Recruitment.class);
        recruitments.registerInjectableResource(known);
        recruitments.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Matcher<Object> rejectedOnTheField(String code) {
        return Matchers.predicate(e -> e instanceof CommandRejectedException rejected
                && rejected.code().equals(code) && OccurredOn.FIELD.equals(rejected.field()));
    }

    @Test
    void aFactCarriesTheBusinessTimeTheCoordinatorGives() {
        projects.givenNoPriorActivity()
                .when(new RegisterProject(PROJECT, "Rozwój PPP w Polsce", null, null, ZMP, PERIOD, STARTED))
                .expectEvents(REGISTERED_2017);
        projects.given(REGISTERED_2017)
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started", MID_2018))
                .expectEvents(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                        "started", MID_2018));
    }

    @Test
    void aFactNotDatedHappenedWhenItIsRecorded() {
        Instant before = Instant.now();
        projects.given(REGISTERED_2017)
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(payload -> payload instanceof ProjectStatusChanged changed
                                && !changed.occurredOn().isBefore(before)
                                && !changed.occurredOn().isAfter(Instant.now())),
                        Matchers.andNoMore())));
    }

    @Test
    void refusesAFactInTheFutureBeyondTheTolerance() {
        Instant tooLate = Instant.now().plus(OccurredOn.FUTURE_TOLERANCE).plus(Duration.ofMinutes(1));
        projects.given(REGISTERED_2017)
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started", tooLate))
                .expectNoEvents()
                .expectException(rejectedOnTheField("OCCURRED_IN_FUTURE"));
    }

    @Test
    void acceptsAFactWithinTheToleranceOfClocks() {
        Instant slightlyAhead = Instant.now().plus(Duration.ofMinutes(1));
        projects.given(REGISTERED_2017)
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started", slightlyAhead))
                .expectEvents(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                        "started", slightlyAhead));
    }

    @Test
    void refusesAStatusChangeBeforeTheProjectWasRegistered() {
        projects.given(REGISTERED_2017)
                .when(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "started",
                        STARTED.minusSeconds(1)))
                .expectNoEvents()
                .expectException(rejectedOnTheField("OCCURRED_BEFORE_START"));
    }

    @Test
    void aMeasurementHappenedOnTheDateItIsMeasuredUnlessToldOtherwise() {
        IndicatorDefined defined = new IndicatorDefined(PROJECT, "people-trained", "People trained", "persons",
                null, null);
        LocalDate endOf2019 = LocalDate.of(2019, 12, 31);
        projects.given(REGISTERED_2017, defined)
                .when(new RecordIndicatorActual(PROJECT, "people-trained", BigDecimal.valueOf(1200), Approximation.ABOVE,
                        endOf2019, "deck"))
                .expectEvents(new IndicatorActualRecorded(PROJECT, "people-trained", BigDecimal.valueOf(1200),
                        Approximation.ABOVE, endOf2019, "deck", Instant.parse("2019-12-30T23:00:00Z")));
    }

    @Test
    void aCallClosesWhenTheCoordinatorSaysItClosed() {
        RecruitmentOpened opened = new RecruitmentOpened(CALL, PROJECT, 1, "Runda I", null, null, STARTED);
        Instant closedIn2018 = Instant.parse("2018-10-31T23:00:00Z");
        recruitments.given(opened)
                .when(new CloseRecruitment(CALL, closedIn2018))
                .expectEvents(new RecruitmentClosed(CALL, closedIn2018, closedIn2018));
        recruitments.given(opened)
                .when(new CloseRecruitment(CALL))
                .expectEvents(new RecruitmentClosed(CALL, NOW, NOW));
        recruitments.given(opened)
                .when(new CloseRecruitment(CALL, STARTED.minusSeconds(60)))
                .expectException(rejectedOnTheField("OCCURRED_BEFORE_START"));
    }

    @Test
    void anApplicationHappenedWhenItWasSubmitted() {
        RecruitmentOpened opened = new RecruitmentOpened(CALL, PROJECT, 1, "Runda I", null, null, STARTED);
        recruitments.given(opened)
                .when(new ApplyToRecruitment(CALL, GDANSK, MID_2018))
                .expectEvents(new ApplicationSubmitted(CALL, GDANSK, MID_2018, null, MID_2018));
    }

    @Test
    void anApplicationDatedOnlyByItsBusinessTimeWasSubmittedThen() {
        RecruitmentOpened opened = new RecruitmentOpened(CALL, PROJECT, 1, "Runda I", null, null, STARTED);
        recruitments.given(opened)
                .when(new ApplyToRecruitment(CALL, GDANSK, null, MID_2018))
                .expectEvents(new ApplicationSubmitted(CALL, GDANSK, MID_2018, null, MID_2018));
        recruitments.given(opened)
                .when(new ApplyToRecruitment(CALL, GDANSK, null, STARTED.minusSeconds(1)))
                .expectNoEvents()
                .expectException(rejectedOnTheField("OCCURRED_BEFORE_START"));
    }

    @Test
    void readsADateAsTheStartOfThatDayInWarsawAndAnInstantAsGiven() {
        assertThat(OccurredOn.parse("2018-06-01")).isEqualTo(Instant.parse("2018-05-31T22:00:00Z"));
        assertThat(OccurredOn.parse("2018-06-01T10:00:00+02:00")).isEqualTo(Instant.parse("2018-06-01T08:00:00Z"));
        assertThat(OccurredOn.parse(null)).isNull();
    }
}
