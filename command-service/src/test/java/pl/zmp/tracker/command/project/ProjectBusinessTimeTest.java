package pl.zmp.tracker.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.businesstime.BusinessTimeFixtures;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.IndicatorDefined;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static pl.zmp.tracker.command.businesstime.BusinessTimeFixtures.rejectedOnTheField;

/** When a project's facts happened: given by the coordinator or defaulted, refused in the future or before the start. */
class ProjectBusinessTimeTest {

    private static final ProjectId PROJECT = new ProjectId("3b0f6a2e-1d2c-4e5f-8a9b-0c1d2e3f4a01");
    private static final OrganisationId ZMP = new OrganisationId("0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e01");
    private static final DateRange PERIOD = new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
    private static final Instant STARTED = Instant.parse("2016-12-31T23:00:00Z");
    private static final Instant MID_2018 = Instant.parse("2018-06-30T22:00:00Z");
    private static final ProjectRegistered REGISTERED_2017 =
            new ProjectRegistered(PROJECT, "Rozwój PPP w Polsce", null, null, ZMP, PERIOD, STARTED);

    private AggregateTestFixture<Project> projects;

    @BeforeEach
    void setUp() {
        projects = new AggregateTestFixture<>(Project.class);
        projects.registerInjectableResource(BusinessTimeFixtures.everyAggregateKnown());
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
}
