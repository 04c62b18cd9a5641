package pl.zmp.tracker.command.recruitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.RunningProjects;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.CommandRejectedException.Kind;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationRejected;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentDeadlineExtended;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RecruitmentTest {

    private static final RecruitmentId ID = new RecruitmentId("0c7d7a52-3c1e-4f6b-9a0d-5e2f1b8c9d01");
    private static final RecruitmentId OTHER_ID = new RecruitmentId("0c7d7a52-3c1e-4f6b-9a0d-5e2f1b8c9d02");
    private static final ProjectId PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e");
    private static final ProjectId UNKNOWN_PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5f");
    private static final ProjectId ENDED_PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d60");
    private static final MunicipalityId WARSZAWA = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final MunicipalityId GDANSK = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02");
    private static final MunicipalityId KIELCE = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a03");
    private static final MunicipalityId UNKNOWN_MUNICIPALITY = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a09");

    /** "do 17 kwietnia": the end of 17 April 2019, Warsaw time. */
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2019-04-17T23:59:59+02:00");
    private static final Instant NOW = Instant.parse("2019-04-10T10:00:00Z");
    private static final OffsetDateTime PASSED_DEADLINE = OffsetDateTime.parse("2019-04-05T23:59:59+02:00");

    private static final String LATE_REASON = "submitted by post in time; delivered after the deadline";

    private final Map<String, String> claims = new HashMap<>();
    private AggregateTestFixture<Recruitment> fixture;

    @BeforeEach
    void setUp() {
        KnownAggregates known = mock(KnownAggregates.class);
        doCallRealMethod().when(known).require(any(AggregateType.class), any(), anyString());
        RunningProjects.stub(known, ENDED_PROJECT);
        when(known.exists(AggregateType.PROJECT, PROJECT)).thenReturn(true);
        when(known.exists(AggregateType.MUNICIPALITY, WARSZAWA)).thenReturn(true);
        when(known.exists(AggregateType.MUNICIPALITY, GDANSK)).thenReturn(true);
        when(known.exists(AggregateType.MUNICIPALITY, KIELCE)).thenReturn(true);
        UniqueClaims uniqueClaims = mock(UniqueClaims.class);
        when(uniqueClaims.claim(eq(Recruitment.ROUND_SCOPE), anyString(), anyString())).thenAnswer(call ->
                claims.computeIfAbsent(call.getArgument(1), round -> call.getArgument(2)).equals(call.getArgument(2)));
        fixture = new AggregateTestFixture<>(Recruitment.class);
        // business time defaults to now here; its rules are proven in RecruitmentBusinessTimeTest
        fixture.registerFieldFilter(field -> !field.getName().equals("occurredOn"));
        fixture.registerInjectableResource(known);
        fixture.registerInjectableResource(uniqueClaims);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // --- opening

    @Test
    void opensRecruitmentForProjectRoundAndClaimsTheRound() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 1, "URBACT Action Planning Networks", DEADLINE, 25))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecruitmentOpened(ID, PROJECT, 1, "URBACT Action Planning Networks", DEADLINE, 25));
        assertThat(claims).containsExactly(Map.entry(PROJECT + ":1", ID.value()));
    }

    @Test
    void opensRecruitmentWithoutDeadlineOrPlaceLimit() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 2, "Przestrzeń dla partycypacji II", null, null))
                .expectEvents(new RecruitmentOpened(ID, PROJECT, 2, "Przestrzeń dla partycypacji II", null, null));
    }

    @Test
    void opensRecruitmentWhoseDeadlineHasPassedToRecordHistory() {
        OffsetDateTime past = OffsetDateTime.parse("2018-01-31T23:59:59+01:00");
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 1, "Round I", past, 25))
                .expectEvents(new RecruitmentOpened(ID, PROJECT, 1, "Round I", past, 25));
    }

    @Test
    void opensNextRoundOfProjectThatHasOneAlready() {
        claims.put(PROJECT + ":1", OTHER_ID.value());
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 2, "Round II", null, 22))
                .expectEvents(new RecruitmentOpened(ID, PROJECT, 2, "Round II", null, 22));
        assertThat(claims).containsEntry(PROJECT + ":2", ID.value());
    }

    @Test
    void rejectsRecruitmentOfUnknownProject() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, UNKNOWN_PROJECT, 1, "Round I", null, null))
                .expectException(violation("UNKNOWN_PROJECT"))
                .expectExceptionMessage("no project with id " + UNKNOWN_PROJECT)
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsRecruitmentWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 1, "  ", null, null))
                .expectException(violation("TITLE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsRoundBelowOne() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 0, "Round 0", null, null))
                .expectException(violation("INVALID_ROUND"))
                .expectExceptionMessage("rounds are numbered from 1, not 0")
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsFewerThanOnePlace() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 1, "Round I", null, 0))
                .expectException(violation("INVALID_PLACES"))
                .expectExceptionMessage("a recruitment offers at least 1 place, not 0")
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsSecondRecruitmentForSameProjectRound() {
        claims.put(PROJECT + ":1", OTHER_ID.value());
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, PROJECT, 1, "Round I again", null, null))
                .expectException(conflict("ROUND_ALREADY_OPEN"))
                .expectExceptionMessage("round 1 of project " + PROJECT + " already has a recruitment")
                .expectNoEvents();
        assertThat(claims).containsExactly(Map.entry(PROJECT + ":1", OTHER_ID.value()));
    }

    // --- applying

    @Test
    void recordsApplicationAtTheMomentGiven() {
        Instant submitted = Instant.parse("2019-04-01T08:30:00Z");
        fixture.given(opened(DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, submitted))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, submitted));
    }

    @Test
    void recordsApplicationNowWhenNoMomentIsGiven() {
        fixture.given(opened(DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, NOW));
    }

    @Test
    void recordsApplicationSubmittedExactlyAtTheDeadline() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T21:59:59Z"), LATE_REASON))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, Instant.parse("2019-04-05T21:59:59Z"),
                        LATE_REASON));
    }

    @Test
    void recordsApplicationToRecruitmentWithoutDeadline() {
        fixture.given(opened(null, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, NOW));
    }

    @Test
    void recordsApplicationBeforeExtendedDeadlineThoughAfterTheFirst() {
        OffsetDateTime first = OffsetDateTime.parse("2019-04-01T23:59:59+02:00");
        fixture.given(opened(first, null), new RecruitmentDeadlineExtended(ID, first, DEADLINE))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, NOW));
    }

    @Test
    void rejectsApplicationOfUnknownMunicipality() {
        fixture.given(opened(DEADLINE, null))
                .when(new ApplyToRecruitment(ID, UNKNOWN_MUNICIPALITY, null))
                .expectException(violation("UNKNOWN_MUNICIPALITY"))
                .expectExceptionMessage("no municipality with id " + UNKNOWN_MUNICIPALITY)
                .expectNoEvents();
    }

    @Test
    void rejectsApplicationToClosedRecruitment() {
        fixture.given(opened(DEADLINE, null), new RecruitmentClosed(ID, NOW))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectException(violation("RECRUITMENT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void rejectsApplicationSubmittedAfterTheDeadline() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, Instant.parse("2019-04-05T22:00:00Z")))
                .expectException(violation("DEADLINE_PASSED"))
                .expectExceptionMessage("the application was submitted at 2019-04-05T22:00:00Z, after the deadline "
                        + "2019-04-05T23:59:59+02:00")
                .expectNoEvents();
    }

    @Test
    void rejectsApplicationSentNowWhenTheDeadlineHasPassed() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectException(violation("DEADLINE_PASSED"))
                .expectNoEvents();
    }

    @Test
    void rejectsApplicationSubmittedInTimeButRecordedAfterTheDeadline() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z")))
                .expectException(violation("RECORDED_AFTER_DEADLINE"))
                .expectNoEvents();
    }

    @Test
    void recordsLateApplicationWithTheReasonInItsEvent() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON))
                .expectEvents(new ApplicationSubmitted(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON));
    }

    @Test
    void rejectsLateApplicationWhileTheRecruitmentStillTakesApplications() {
        fixture.given(opened(DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON))
                .expectException(violation("NOT_LATE"))
                .expectNoEvents();
        fixture.given(opened(null, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON))
                .expectException(violation("NOT_LATE"))
                .expectNoEvents();
    }

    @Test
    void rejectsLateApplicationWithoutReasonOrSubmissionMoment() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), " "))
                .expectException(violation("REASON_REQUIRED"))
                .expectNoEvents();
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, null, LATE_REASON))
                .expectException(violation("SUBMITTED_AT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsLateApplicationSubmittedAfterTheDeadlineOrTwice() {
        fixture.given(opened(PASSED_DEADLINE, null))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-06T08:00:00Z"), LATE_REASON))
                .expectException(violation("DEADLINE_PASSED"))
                .expectNoEvents();
        fixture.given(opened(PASSED_DEADLINE, null), submitted(WARSZAWA))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON))
                .expectException(conflict("ALREADY_APPLIED"))
                .expectNoEvents();
        fixture.given(opened(PASSED_DEADLINE, null), new RecruitmentClosed(ID, NOW))
                .when(new RecordLateApplication(ID, WARSZAWA, Instant.parse("2019-04-05T08:00:00Z"), LATE_REASON))
                .expectException(violation("RECRUITMENT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void rejectsRecruitmentOfEndedProject() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecruitment(ID, ENDED_PROJECT, 1, "Round I", null, null))
                .expectException(violation("PROJECT_ENDED"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsApplicationSubmittedInTheFuture() {
        fixture.given(opened(DEADLINE, null))
                .when(new ApplyToRecruitment(ID, WARSZAWA, NOW.plusSeconds(1)))
                .expectException(violation("SUBMITTED_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void rejectsSecondApplicationOfSameMunicipality() {
        fixture.given(opened(DEADLINE, null), submitted(WARSZAWA))
                .when(new ApplyToRecruitment(ID, WARSZAWA, null))
                .expectException(conflict("ALREADY_APPLIED"))
                .expectExceptionMessage("municipality " + WARSZAWA + " has already applied")
                .expectNoEvents();
    }

    // --- accepting

    @Test
    void acceptsPendingApplication() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA))
                .when(new AcceptApplication(ID, WARSZAWA))
                .expectEvents(new ApplicationAccepted(ID, WARSZAWA));
    }

    @Test
    void acceptsApplicationAfterTheRecruitmentClosed() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), new RecruitmentClosed(ID, NOW))
                .when(new AcceptApplication(ID, WARSZAWA))
                .expectEvents(new ApplicationAccepted(ID, WARSZAWA));
    }

    @Test
    void acceptsAnyNumberWhenPlacesAreUnlimited() {
        fixture.given(opened(null, null), submitted(WARSZAWA), submitted(GDANSK), submitted(KIELCE),
                        new ApplicationAccepted(ID, WARSZAWA), new ApplicationAccepted(ID, GDANSK))
                .when(new AcceptApplication(ID, KIELCE))
                .expectEvents(new ApplicationAccepted(ID, KIELCE));
    }

    @Test
    void rejectedApplicationTakesNoPlace() {
        fixture.given(opened(DEADLINE, 1), submitted(WARSZAWA), submitted(GDANSK),
                        new ApplicationRejected(ID, WARSZAWA, "incomplete"))
                .when(new AcceptApplication(ID, GDANSK))
                .expectEvents(new ApplicationAccepted(ID, GDANSK));
    }

    @Test
    void rejectsAcceptingMunicipalityThatDidNotApply() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA))
                .when(new AcceptApplication(ID, GDANSK))
                .expectException(violation("NO_SUCH_APPLICATION"))
                .expectExceptionMessage("municipality " + GDANSK + " has not applied")
                .expectNoEvents();
    }

    @Test
    void rejectsAcceptingApplicationTwice() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), new ApplicationAccepted(ID, WARSZAWA))
                .when(new AcceptApplication(ID, WARSZAWA))
                .expectException(conflict("ALREADY_DECIDED"))
                .expectExceptionMessage("the application of municipality " + WARSZAWA + " was already accepted")
                .expectNoEvents();
    }

    @Test
    void rejectsAcceptingRejectedApplication() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), new ApplicationRejected(ID, WARSZAWA, "late"))
                .when(new AcceptApplication(ID, WARSZAWA))
                .expectException(conflict("ALREADY_DECIDED"))
                .expectExceptionMessage("the application of municipality " + WARSZAWA + " was already rejected")
                .expectNoEvents();
    }

    @Test
    void rejectsAcceptingWhenAllPlacesAreTaken() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), submitted(GDANSK), submitted(KIELCE),
                        new ApplicationAccepted(ID, WARSZAWA), new ApplicationAccepted(ID, GDANSK))
                .when(new AcceptApplication(ID, KIELCE))
                .expectException(violation("NO_PLACES_LEFT"))
                .expectExceptionMessage("all 2 places are taken")
                .expectNoEvents();
    }

    // --- rejecting

    @Test
    void rejectsPendingApplicationWithReason() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA))
                .when(new RejectApplication(ID, WARSZAWA, "not a member city"))
                .expectEvents(new ApplicationRejected(ID, WARSZAWA, "not a member city"));
    }

    @Test
    void refusesRejectionWithoutReason() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA))
                .when(new RejectApplication(ID, WARSZAWA, " "))
                .expectException(violation("REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionOfMunicipalityThatDidNotApply() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA))
                .when(new RejectApplication(ID, GDANSK, "not a member city"))
                .expectException(violation("NO_SUCH_APPLICATION"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionOfAcceptedApplication() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), new ApplicationAccepted(ID, WARSZAWA))
                .when(new RejectApplication(ID, WARSZAWA, "changed our mind"))
                .expectException(conflict("ALREADY_DECIDED"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionOfRejectedApplication() {
        fixture.given(opened(DEADLINE, 2), submitted(WARSZAWA), new ApplicationRejected(ID, WARSZAWA, "late"))
                .when(new RejectApplication(ID, WARSZAWA, "late, again"))
                .expectException(conflict("ALREADY_DECIDED"))
                .expectNoEvents();
    }

    // --- deadline

    @Test
    void extendsDeadlineKeepingThePreviousOne() {
        OffsetDateTime later = OffsetDateTime.parse("2019-04-30T23:59:59+02:00");
        fixture.given(opened(DEADLINE, null))
                .when(new ExtendRecruitmentDeadline(ID, later))
                .expectEvents(new RecruitmentDeadlineExtended(ID, DEADLINE, later));
    }

    @Test
    void extendsDeadlineByOneSecondGivenInAnotherOffset() {
        OffsetDateTime later = OffsetDateTime.parse("2019-04-17T22:00:00Z");
        fixture.given(opened(DEADLINE, null))
                .when(new ExtendRecruitmentDeadline(ID, later))
                .expectEvents(new RecruitmentDeadlineExtended(ID, DEADLINE, later));
    }

    @Test
    void rejectsExtendingDeadlineOfClosedRecruitment() {
        fixture.given(opened(DEADLINE, null), new RecruitmentClosed(ID, NOW))
                .when(new ExtendRecruitmentDeadline(ID, DEADLINE.plusDays(7)))
                .expectException(violation("RECRUITMENT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void rejectsExtendingRecruitmentThatHasNoDeadline() {
        fixture.given(opened(null, null))
                .when(new ExtendRecruitmentDeadline(ID, DEADLINE))
                .expectException(violation("NO_DEADLINE_TO_EXTEND"))
                .expectNoEvents();
    }

    @Test
    void rejectsEarlierDeadline() {
        fixture.given(opened(DEADLINE, null))
                .when(new ExtendRecruitmentDeadline(ID, DEADLINE.minusDays(1)))
                .expectException(violation("DEADLINE_NOT_LATER"))
                .expectNoEvents();
    }

    @Test
    void rejectsSameDeadlineMomentWrittenInAnotherOffset() {
        fixture.given(opened(DEADLINE, null))
                .when(new ExtendRecruitmentDeadline(ID, OffsetDateTime.parse("2019-04-17T21:59:59Z")))
                .expectException(violation("DEADLINE_NOT_LATER"))
                .expectNoEvents();
    }

    // --- closing

    @Test
    void closesRecruitmentNow() {
        fixture.given(opened(DEADLINE, null))
                .when(new CloseRecruitment(ID))
                .expectEvents(new RecruitmentClosed(ID, NOW));
    }

    @Test
    void rejectsClosingTwice() {
        fixture.given(opened(DEADLINE, null), new RecruitmentClosed(ID, NOW))
                .when(new CloseRecruitment(ID))
                .expectException(conflict("ALREADY_CLOSED"))
                .expectNoEvents();
    }

    private static RecruitmentOpened opened(OffsetDateTime deadline, Integer places) {
        return new RecruitmentOpened(ID, PROJECT, 1, "Round I", deadline, places);
    }

    private static ApplicationSubmitted submitted(MunicipalityId municipalityId) {
        return new ApplicationSubmitted(ID, municipalityId, Instant.parse("2019-04-01T08:00:00Z"));
    }

    private static Matcher<CommandRejectedException> conflict(String code) {
        return rejected(Kind.CONFLICT, code);
    }

    private static Matcher<CommandRejectedException> violation(String code) {
        return rejected(Kind.RULE_VIOLATION, code);
    }

    private static Matcher<CommandRejectedException> rejected(Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException e) {
                return e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("command rejected as " + kind + " " + code);
            }

            @Override
            protected void describeMismatchSafely(CommandRejectedException e, Description description) {
                description.appendText("was " + e.kind() + " " + e.code() + ": " + e.getMessage());
            }
        };
    }
}
