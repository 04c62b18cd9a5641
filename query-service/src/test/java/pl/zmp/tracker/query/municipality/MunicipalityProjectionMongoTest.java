package pl.zmp.tracker.query.municipality;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.municipality.MunicipalityCodesCorrected;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(MunicipalityProjection.class)
class MunicipalityProjectionMongoTest {

    private static final MunicipalityRegistered WARSZAWA = new MunicipalityRegistered(
            new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01"), "Warszawa", MunicipalityKind.CITY,
            CountryCode.POLAND, new TercCode("1465011"), "Warszawa", null);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private MunicipalityProjection projection;
    @Autowired
    private MunicipalityViewRepository views;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReadModel() {
        views.deleteAll();
    }

    @Test
    void storesTheViewInMongo() {
        projection.on(WARSZAWA, 0);

        assertThat(views.findById(WARSZAWA.municipalityId().value())).hasValue(new MunicipalityView(
                WARSZAWA.municipalityId().value(), "Warszawa", "CITY", "PL", "1465011", "Warszawa", null, null, null, 0));
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        projection.on(WARSZAWA, 0);
        MunicipalityView first = views.findById(WARSZAWA.municipalityId().value()).orElseThrow();

        projection.on(WARSZAWA, 0);

        assertThat(views.findAll()).containsExactly(first);
    }

    @Test
    void replayingTheWholeHistoryLeavesTheStoredDocumentIdentical() {
        playHistory();
        MunicipalityView once = views.findById(WARSZAWA.municipalityId().value()).orElseThrow();
        Document storedOnce = stored();

        playHistory();

        assertThat(once).isEqualTo(new MunicipalityView(WARSZAWA.municipalityId().value(), "m.st. Warszawa", "CITY",
                "PL", "1465011", "Warszawa (miasto stołeczne)", null, LocalDate.of(1990, 5, 27), null, 3));
        assertThat(views.findAll()).containsExactly(once);
        assertThat(stored()).isEqualTo(storedOnce);
    }

    @Test
    void resetRemovesEveryView() {
        projection.on(WARSZAWA, 0);

        projection.reset();

        assertThat(views.count()).isZero();
    }

    private void playHistory() {
        projection.on(WARSZAWA, 0);
        projection.on(new MunicipalityRenamed(WARSZAWA.municipalityId(), "m.st. Warszawa"), 1);
        projection.on(new ZmpMembershipRecorded(WARSZAWA.municipalityId(), LocalDate.of(1990, 5, 27), null), 2);
        projection.on(new MunicipalityCodesCorrected(WARSZAWA.municipalityId(), MunicipalityKind.CITY,
                CountryCode.POLAND, new TercCode("1465011"), "Warszawa (miasto stołeczne)", null), 3);
    }

    private Document stored() {
        return mongo.findById(WARSZAWA.municipalityId().value(), Document.class, "municipalities");
    }
}
