package pl.zmp.tracker.query.exhibition;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.exhibition.ExhibitionRegistered;
import pl.zmp.tracker.events.exhibition.ShowingCancelled;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.exhibition.ShowingRescheduled;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.exhibition.ExhibitionView.Showing;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.Venue;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(ExhibitionProjection.class)
class ExhibitionProjectionMongoTest {

    private static final ExhibitionId EXHIBITION = new ExhibitionId("5a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c01");
    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final Venue RATUSZ = new Venue("Ratusz Staromiejski", "Toruń", CountryCode.POLAND);
    private static final Venue PALAC = new Venue("Pałac Potockich", "Lwów", new CountryCode("UA"));
    private static final DateRange MAY = new DateRange(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 27));
    private static final DateRange JUNE = new DateRange(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 30));
    private static final DateRange SEPTEMBER = new DateRange(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30));

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private ExhibitionProjection projection;
    @Autowired
    private ExhibitionViewRepository views;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReadModel() {
        views.deleteAll();
    }

    @Test
    void storesTheExhibitionWithEveryShowingAndItsDates() {
        playHistory();

        ExhibitionView view = views.findById(EXHIBITION.value()).orElseThrow();
        assertThat(view.getProjectId()).isEqualTo(PROJECT.value());
        assertThat(view.getTitle()).isEqualTo("Miasta odnowy. Rewitalizacja w Polsce");
        assertThat(view.getShowings()).containsExactly(
                new Showing("TOR-1", "Ratusz Staromiejski", "Toruń", "PL", LocalDate.of(2022, 6, 6),
                        LocalDate.of(2022, 6, 30), List.of("wernisaż", "debata z prezydentem miasta"), false, null),
                new Showing("LWO-1", "Pałac Potockich", "Lwów", "UA", LocalDate.of(2022, 9, 1),
                        LocalDate.of(2022, 9, 30), List.of(), true, "sytuacja bezpieczeństwa"),
                new Showing("TOR-2", "Ratusz Staromiejski", "Toruń", "PL", LocalDate.of(2022, 5, 2),
                        LocalDate.of(2022, 5, 27), List.of("warsztaty dla szkół"), false, null));
        assertThat(view.getVersion()).isEqualTo(5);
    }

    @Test
    void replayingTheWholeHistoryLeavesTheStoredDocumentIdentical() {
        playHistory();
        ExhibitionView once = views.findById(EXHIBITION.value()).orElseThrow();
        Document storedOnce = stored();

        playHistory();

        assertThat(views.count()).isOne();
        assertThat(views.findById(EXHIBITION.value()).orElseThrow()).usingRecursiveComparison().isEqualTo(once);
        assertThat(stored()).isEqualTo(storedOnce);
    }

    @Test
    void resetRemovesEveryView() {
        playHistory();

        projection.reset();

        assertThat(views.count()).isZero();
    }

    private void playHistory() {
        projection.on(new ExhibitionRegistered(EXHIBITION, PROJECT, "Miasta odnowy. Rewitalizacja w Polsce"), 0);
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-1", RATUSZ, MAY,
                List.of("wernisaż", "debata z prezydentem miasta")), 1);
        projection.on(new ShowingRecorded(EXHIBITION, "LWO-1", PALAC, SEPTEMBER, List.of()), 2);
        projection.on(new ShowingRescheduled(EXHIBITION, "TOR-1", MAY, JUNE), 3);
        projection.on(new ShowingCancelled(EXHIBITION, "LWO-1", "sytuacja bezpieczeństwa"), 4);
        projection.on(new ShowingRecorded(EXHIBITION, "TOR-2", RATUSZ, MAY, List.of("warsztaty dla szkół")), 5);
    }

    private Document stored() {
        return mongo.findById(EXHIBITION.value(), Document.class, "exhibitions");
    }
}
