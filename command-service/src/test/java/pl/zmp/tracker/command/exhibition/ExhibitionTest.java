package pl.zmp.tracker.command.exhibition;

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
import pl.zmp.tracker.events.exhibition.ExhibitionRegistered;
import pl.zmp.tracker.events.exhibition.ShowingCancelled;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.exhibition.ShowingRescheduled;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.Venue;

import java.time.LocalDate;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ExhibitionTest {

    private static final ExhibitionId ID = new ExhibitionId("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01");
    private static final ProjectId PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e");
    private static final ProjectId UNKNOWN_PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5f");
    private static final ProjectId ENDED_PROJECT = new ProjectId("3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d60");
    private static final String TITLE = "Wypędzeni 1939... Deportacje obywateli polskich z ziem wcielonych do III Rzeszy";
    private static final CountryCode DE = new CountryCode("DE");
    private static final Venue PRORA = new Venue("Dokumentationszentrum Prora", "Prora", DE);
    private static final Venue SZCZECIN = new Venue("Muzeum Narodowe w Szczecinie", "Szczecin", CountryCode.POLAND);
    private static final DateRange PRORA_2018 = period("2018-01-01", "2018-04-07");
    private static final DateRange SZCZECIN_2018 = period("2018-03-29", "2018-04-06");
    private static final List<String> SIDE_PROGRAMME = List.of("pokazy filmowe", "zajęcia z młodzieżą");

    private AggregateTestFixture<Exhibition> fixture;

    @BeforeEach
    void setUp() {
        KnownAggregates known = mock(KnownAggregates.class);
        doCallRealMethod().when(known).require(any(AggregateType.class), any(), anyString());
        RunningProjects.stub(known, ENDED_PROJECT);
        when(known.exists(AggregateType.PROJECT, PROJECT)).thenReturn(true);
        fixture = new AggregateTestFixture<>(Exhibition.class);
        // business time defaults to now here; Project- and RecruitmentBusinessTimeTest prove its rules
        fixture.registerFieldFilter(field -> !field.getName().equals("occurredOn"));
        fixture.registerInjectableResource(known);
    }

    // --- registering

    @Test
    void registersExhibitionOfProject() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExhibition(ID, PROJECT, TITLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExhibitionRegistered(ID, PROJECT, TITLE));
    }

    @Test
    void rejectsExhibitionOfUnknownProject() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExhibition(ID, UNKNOWN_PROJECT, TITLE))
                .expectException(violation("UNKNOWN_PROJECT"))
                .expectExceptionMessage("no project with id " + UNKNOWN_PROJECT)
                .expectNoEvents();
    }

    @Test
    void rejectsExhibitionOfEndedProject() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExhibition(ID, ENDED_PROJECT, TITLE))
                .expectException(violation("PROJECT_ENDED"))
                .expectNoEvents();
    }

    @Test
    void rejectsExhibitionWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExhibition(ID, PROJECT, " "))
                .expectException(violation("TITLE_REQUIRED"))
                .expectNoEvents();
    }

    // --- recording showings

    @Test
    void recordsShowingAtVenueWithSideProgramme() {
        fixture.given(registered())
                .when(new RecordShowing(ID, "prora-2018", "Dokumentationszentrum Prora", "Prora", DE, PRORA_2018,
                        SIDE_PROGRAMME))
                .expectEvents(new ShowingRecorded(ID, "prora-2018", PRORA, PRORA_2018, SIDE_PROGRAMME));
    }

    @Test
    void recordsShowingWithoutSideProgramme() {
        fixture.given(registered())
                .when(new RecordShowing(ID, "prora-2018", "Dokumentationszentrum Prora", "Prora", DE, PRORA_2018, null))
                .expectEvents(new ShowingRecorded(ID, "prora-2018", PRORA, PRORA_2018, List.of()));
    }

    /** Prora 2018-01-01..04-07 and Szczecin 2018-03-29..04-06 both took place. */
    @Test
    void recordsOverlappingShowingsAtDifferentVenues() {
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "szczecin-2018", "Muzeum Narodowe w Szczecinie", "Szczecin",
                        CountryCode.POLAND, SZCZECIN_2018, SIDE_PROGRAMME))
                .expectEvents(new ShowingRecorded(ID, "szczecin-2018", SZCZECIN, SZCZECIN_2018, SIDE_PROGRAMME));
    }

    @Test
    void recordsShowingAtSameVenueStartingTheDayAfterAnotherEnds() {
        DateRange next = period("2018-04-08", "2018-05-31");
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "prora-2018-bis", "Dokumentationszentrum Prora", "Prora", DE, next, null))
                .expectEvents(new ShowingRecorded(ID, "prora-2018-bis", PRORA, next, List.of()));
    }

    @Test
    void recordsShowingAtVenueFreedByCancellation() {
        fixture.given(registered(), prora(), new ShowingCancelled(ID, "prora-2018", "venue closed for renovation"))
                .when(new RecordShowing(ID, "prora-2018-bis", "Dokumentationszentrum Prora", "Prora", DE, PRORA_2018,
                        null))
                .expectEvents(new ShowingRecorded(ID, "prora-2018-bis", PRORA, PRORA_2018, List.of()));
    }

    @Test
    void rejectsShowingCodeAlreadyRecorded() {
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "prora-2018", "Muzeum Narodowe w Szczecinie", "Szczecin",
                        CountryCode.POLAND, SZCZECIN_2018, null))
                .expectException(conflict("SHOWING_ALREADY_RECORDED"))
                .expectExceptionMessage("the exhibition already has a showing prora-2018")
                .expectNoEvents();
    }

    @Test
    void rejectsReusingCodeOfCancelledShowing() {
        fixture.given(registered(), prora(), new ShowingCancelled(ID, "prora-2018", "venue closed"))
                .when(new RecordShowing(ID, "prora-2018", "Muzeum Narodowe w Szczecinie", "Szczecin",
                        CountryCode.POLAND, SZCZECIN_2018, null))
                .expectException(conflict("SHOWING_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverlappingShowingAtSameVenue() {
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "prora-2018-bis", "Dokumentationszentrum Prora", "Prora", DE,
                        period("2018-03-01", "2018-05-31"), null))
                .expectException(conflict("VENUE_DOUBLE_BOOKED"))
                .expectExceptionMessage("Dokumentationszentrum Prora (Prora, DE) already hosts showing prora-2018"
                        + " from 2018-01-01 to 2018-04-07")
                .expectNoEvents();
    }

    @Test
    void rejectsShowingStartingOnTheLastDayOfAnotherAtSameVenue() {
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "prora-2018-bis", "Dokumentationszentrum Prora", "Prora", DE,
                        period("2018-04-07", "2018-04-30"), null))
                .expectException(conflict("VENUE_DOUBLE_BOOKED"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverlappingShowingAtSameVenueSpelledWithOtherCaseAndSpacing() {
        fixture.given(registered(), prora())
                .when(new RecordShowing(ID, "prora-2018-bis", " dokumentationszentrum   PRORA ", "prora", DE,
                        period("2018-02-01", "2018-02-28"), null))
                .expectException(conflict("VENUE_DOUBLE_BOOKED"))
                .expectNoEvents();
    }

    // --- rescheduling

    @Test
    void reschedulesShowingKeepingThePreviousPeriod() {
        DateRange later = period("2018-05-01", "2018-06-30");
        fixture.given(registered(), prora())
                .when(new RescheduleShowing(ID, "prora-2018", later))
                .expectEvents(new ShowingRescheduled(ID, "prora-2018", PRORA_2018, later));
    }

    @Test
    void reschedulesShowingOverItsOwnOldPeriod() {
        DateRange extended = period("2018-01-01", "2018-04-30");
        fixture.given(registered(), prora())
                .when(new RescheduleShowing(ID, "prora-2018", extended))
                .expectEvents(new ShowingRescheduled(ID, "prora-2018", PRORA_2018, extended));
    }

    @Test
    void reschedulesShowingToOverlapOneAtAnotherVenue() {
        DateRange overlapping = period("2018-03-25", "2018-04-10");
        fixture.given(registered(), prora(), szczecin())
                .when(new RescheduleShowing(ID, "szczecin-2018", overlapping))
                .expectEvents(new ShowingRescheduled(ID, "szczecin-2018", SZCZECIN_2018, overlapping));
    }

    @Test
    void reschedulesOntoDatesOfCancelledShowingAtSameVenue() {
        DateRange summer = period("2018-06-01", "2018-08-31");
        fixture.given(registered(), prora(),
                        new ShowingRecorded(ID, "prora-summer", PRORA, summer, List.of()),
                        new ShowingCancelled(ID, "prora-summer", "no funding"))
                .when(new RescheduleShowing(ID, "prora-2018", summer))
                .expectEvents(new ShowingRescheduled(ID, "prora-2018", PRORA_2018, summer));
    }

    @Test
    void rescheduleToTheSamePeriodChangesNothing() {
        fixture.given(registered(), prora())
                .when(new RescheduleShowing(ID, "prora-2018", period("2018-01-01", "2018-04-07")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsReschedulingUnknownShowing() {
        fixture.given(registered(), prora())
                .when(new RescheduleShowing(ID, "gdansk-2018", PRORA_2018))
                .expectException(violation("UNKNOWN_SHOWING"))
                .expectExceptionMessage("the exhibition has no showing gdansk-2018")
                .expectNoEvents();
    }

    @Test
    void rejectsReschedulingCancelledShowing() {
        fixture.given(registered(), prora(), new ShowingCancelled(ID, "prora-2018", "venue closed"))
                .when(new RescheduleShowing(ID, "prora-2018", period("2018-05-01", "2018-06-30")))
                .expectException(violation("SHOWING_CANCELLED"))
                .expectNoEvents();
    }

    @Test
    void rejectsReschedulingOntoAnotherShowingAtSameVenue() {
        DateRange summer = period("2018-06-01", "2018-08-31");
        fixture.given(registered(), prora(), new ShowingRecorded(ID, "prora-summer", PRORA, summer, List.of()))
                .when(new RescheduleShowing(ID, "prora-2018", period("2018-05-01", "2018-06-01")))
                .expectException(conflict("VENUE_DOUBLE_BOOKED"))
                .expectExceptionMessage("Dokumentationszentrum Prora (Prora, DE) already hosts showing prora-summer"
                        + " from 2018-06-01 to 2018-08-31")
                .expectNoEvents();
    }

    // --- cancelling

    @Test
    void cancelsShowingWithReason() {
        fixture.given(registered(), prora())
                .when(new CancelShowing(ID, "prora-2018", "venue closed for renovation"))
                .expectEvents(new ShowingCancelled(ID, "prora-2018", "venue closed for renovation"));
    }

    @Test
    void rejectsCancellingUnknownShowing() {
        fixture.given(registered(), prora())
                .when(new CancelShowing(ID, "gdansk-2018", "venue closed"))
                .expectException(violation("UNKNOWN_SHOWING"))
                .expectNoEvents();
    }

    @Test
    void rejectsCancellingShowingTwice() {
        fixture.given(registered(), prora(), new ShowingCancelled(ID, "prora-2018", "venue closed"))
                .when(new CancelShowing(ID, "prora-2018", "venue closed, really"))
                .expectException(conflict("SHOWING_ALREADY_CANCELLED"))
                .expectExceptionMessage("showing prora-2018 is already cancelled")
                .expectNoEvents();
    }

    @Test
    void rejectsCancellingWithoutReason() {
        fixture.given(registered(), prora())
                .when(new CancelShowing(ID, "prora-2018", "  "))
                .expectException(violation("REASON_REQUIRED"))
                .expectNoEvents();
    }

    private static ExhibitionRegistered registered() {
        return new ExhibitionRegistered(ID, PROJECT, TITLE);
    }

    private static ShowingRecorded prora() {
        return new ShowingRecorded(ID, "prora-2018", PRORA, PRORA_2018, SIDE_PROGRAMME);
    }

    private static ShowingRecorded szczecin() {
        return new ShowingRecorded(ID, "szczecin-2018", SZCZECIN, SZCZECIN_2018, SIDE_PROGRAMME);
    }

    private static DateRange period(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
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
