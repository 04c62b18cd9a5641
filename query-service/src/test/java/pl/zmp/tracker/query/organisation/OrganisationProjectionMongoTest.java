package pl.zmp.tracker.query.organisation;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(OrganisationProjection.class)
class OrganisationProjectionMongoTest {

    private static final List<OrganisationRegistered> REGISTRATIONS = List.of(
            new OrganisationRegistered(new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e01"),
                    "Związek Miast Polskich", "ZMP", OrganisationKind.ASSOCIATION, CountryCode.POLAND,
                    "0000111385", "000699630"),
            new OrganisationRegistered(new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e02"),
                    "Ministerstwo Funduszy i Polityki Regionalnej", "MFiPR", OrganisationKind.MINISTRY,
                    CountryCode.POLAND, null, "368174048"),
            new OrganisationRegistered(new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e03"),
                    "Kommunesektorens organisasjon", "KS", OrganisationKind.ASSOCIATION, new CountryCode("NO"),
                    null, null));

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private OrganisationProjection projection;
    @Autowired
    private OrganisationViewRepository views;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReadModel() {
        views.deleteAll();
    }

    @Test
    void replayingEveryRegistrationLeavesTheStoredDocumentsIdentical() {
        REGISTRATIONS.forEach(event -> projection.on(event, 0));
        List<OrganisationView> once = views.findAll();
        List<Document> storedOnce = mongo.findAll(Document.class, "organisations");

        REGISTRATIONS.forEach(event -> projection.on(event, 0));

        assertThat(once).hasSize(3).contains(new OrganisationView("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e02",
                "Ministerstwo Funduszy i Polityki Regionalnej", "MFiPR", "MINISTRY", "PL", null, "368174048", 0));
        assertThat(views.findAll()).containsExactlyInAnyOrderElementsOf(once);
        assertThat(mongo.findAll(Document.class, "organisations")).containsExactlyInAnyOrderElementsOf(storedOnce);
    }

    @Test
    void resetRemovesEveryView() {
        REGISTRATIONS.forEach(event -> projection.on(event, 0));

        projection.reset();

        assertThat(views.count()).isZero();
    }
}
