package pl.zmp.tracker.command.recruitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.businesstime.BusinessTimeFixtures;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static pl.zmp.tracker.command.businesstime.BusinessTimeFixtures.rejectedOnTheField;

/** When a recruitment's facts happened: given by the coordinator or defaulted, refused before the call opened. */
class RecruitmentBusinessTimeTest {

    private static final ProjectId PROJECT = new ProjectId("3b0f6a2e-1d2c-4e5f-8a9b-0c1d2e3f4a01");
    private static final RecruitmentId CALL = new RecruitmentId("5a1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final MunicipalityId GDANSK = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final Instant STARTED = Instant.parse("2016-12-31T23:00:00Z");
    private static final Instant MID_2018 = Instant.parse("2018-06-30T22:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private AggregateTestFixture<Recruitment> recruitments;

    @BeforeEach
    void setUp() {
        recruitments = new AggregateTestFixture<>(Recruitment.class);
        recruitments.registerInjectableResource(BusinessTimeFixtures.everyAggregateKnown());
        recruitments.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
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
}
