package pl.zmp.tracker.query.exhibition;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.exhibition.ExhibitionRegistered;
import pl.zmp.tracker.events.exhibition.ShowingCancelled;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.exhibition.ShowingRescheduled;
import pl.zmp.tracker.query.InMemoryRepository;
import pl.zmp.tracker.query.exhibition.ExhibitionView.Showing;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.Venue;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ExhibitionProjectionTest {

    private static final ExhibitionId EXHIBITION = new ExhibitionId("5a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c01");
    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final Venue RATUSZ = new Venue("Ratusz Staromiejski", "Toruń", CountryCode.POLAND);
    private static final DateRange MAY = new DateRange(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 27));

    private final ExhibitionViewRepository views =
            InMemoryRepository.of(ExhibitionViewRepository.class, ExhibitionView.class);
    private final ExhibitionProjection projection =
            new ExhibitionProjection(views, InMemoryRepository.operationsOver(views));

    @BeforeEach
    void registerExhibition() {
        projection.on(new ExhibitionRegistered(EXHIBITION, PROJECT, "Miasta odnowy"), 0);
    }

    private ExhibitionView exhibition() {
        return views.findById(EXHIBITION.value()).orElseThrow();
    }

    @Test
    void registrationSetsTheExhibitionWithNoShowings() {
        ExhibitionView view = exhibition();

        assertThat(view.getId()).isEqualTo(EXHIBITION.value());
        assertThat(view.getProjectId()).isEqualTo(PROJECT.value());
        assertThat(view.getTitle()).isEqualTo("Miasta odnowy");
        assertThat(view.getShowings()).isEmpty();
        assertThat(view.getVersion()).isZero();
    }

    @Test
    void recordedShowingIsAddedWithItsVenueDatesAndSideProgramme() {
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY,
                List.of("wernisaż", "spacer badawczy")), 1);

        assertThat(exhibition().getShowings()).containsExactly(new Showing("TOR-1", "Ratusz Staromiejski", "Toruń",
                "PL", LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 27), List.of("wernisaż", "spacer badawczy"),
                false, null));
        assertThat(exhibition().getVersion()).isEqualTo(1);
    }

    @Test
    void showingsAreKeptInTheOrderRecorded() {
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY, null), 1);
        projection.on(new ShowingRecorded(EXHIBITION, "LWO-1", new Venue("Pałac Potockich", "Lwów",
                new CountryCode("UA")), new DateRange(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30)), null), 2);

        assertThat(exhibition().getShowings()).extracting(Showing::code).containsExactly("TOR-1", "LWO-1");
        assertThat(exhibition().getShowings().get(1).country()).isEqualTo("UA");
        assertThat(exhibition().getShowings().get(0).sideProgramme()).isEmpty();
    }

    @Test
    void rescheduledShowingHasTheNewDatesOnly() {
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY, List.of("wernisaż")), 1);
        DateRange june = new DateRange(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 30));

        projection.on(new ShowingRescheduled(EXHIBITION, "TOR-1", MAY, june), 2);

        assertThat(exhibition().getShowings()).containsExactly(new Showing("TOR-1", "Ratusz Staromiejski", "Toruń",
                "PL", LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 30), List.of("wernisaż"), false, null));
    }

    @Test
    void cancelledShowingIsKeptMarkedWithTheReason() {
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY, null), 1);
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-2", RATUSZ,
                new DateRange(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 15)), null), 2);

        projection.on(new ShowingCancelled(EXHIBITION, "TOR-2", "remont sali"), 3);

        assertThat(exhibition().getShowings()).containsExactly(
                new Showing("TOR-1", "Ratusz Staromiejski", "Toruń", "PL", MAY.from(), MAY.to(), List.of(),
                        false, null),
                new Showing("TOR-2", "Ratusz Staromiejski", "Toruń", "PL", LocalDate.of(2022, 7, 1),
                        LocalDate.of(2022, 7, 15), List.of(), true, "remont sali"));
        assertThat(exhibition().getVersion()).isEqualTo(3);
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        ShowingRecorded recorded = new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY, List.of("wernisaż"));
        projection.on(recorded, 1);
        ExhibitionView once = exhibition();

        projection.on(recorded, 1);

        assertThat(exhibition()).usingRecursiveComparison().isEqualTo(once);
        assertThat(exhibition().getShowings()).hasSize(1);
        verify(views, times(2)).save(any());
    }

    @Test
    void olderSequenceNumberIsIgnored() {
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY, null), 1);
        projection.on(new ShowingCancelled(EXHIBITION, "TOR-1", "remont sali"), 2);
        ExhibitionView current = exhibition();

        projection.on(new ShowingRescheduled(EXHIBITION, "TOR-1", MAY,
                new DateRange(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 30))), 1);
        projection.on(new ExhibitionRegistered(EXHIBITION, PROJECT, "Inny tytuł"), 0);

        assertThat(exhibition()).usingRecursiveComparison().isEqualTo(current);
    }

    @Test
    void eventOfAnUnprojectedExhibitionIsRefused() {
        ExhibitionId unknown = new ExhibitionId("5a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9cff");

        assertThatIllegalStateException()
                .isThrownBy(() -> projection.on(new ShowingCancelled(unknown, "TOR-1", "?"), 1))
                .withMessageContaining(unknown.value());
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.reset();

        verify(views).deleteAll();
        assertThat(views.count()).isZero();
    }


    @Test
    void axonFindsAHandlerForEveryExhibitionEventAndTheResetHandler() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);

        assertThat(List.of(ExhibitionRegistered.class, ShowingRecorded.class, ShowingRescheduled.class,
                ShowingCancelled.class)).allMatch(axon::canHandleType);
        axon.prepareReset();
        assertThat(views.count()).isZero();
    }
}
