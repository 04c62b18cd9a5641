package pl.zmp.tracker.query.recruitment;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationRejected;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentDeadlineExtended;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.recruitment.RecruitmentView.Application;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(RecruitmentProjection.class)
class RecruitmentProjectionMongoTest {

    private static final RecruitmentId RECRUITMENT = new RecruitmentId("9d4a7c21-5e3b-4f10-8a2c-7b6e5d4c3b01");
    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final MunicipalityId KALISZ = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a11");
    private static final MunicipalityId BYTOM = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a12");
    private static final MunicipalityId LOMZA = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a13");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2020-01-31T15:00:00+01:00");
    private static final OffsetDateTime EXTENDED_DEADLINE = OffsetDateTime.parse("2020-02-14T23:59:00+01:00");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private RecruitmentProjection projection;
    @Autowired
    private RecruitmentViewRepository views;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReadModel() {
        views.deleteAll();
    }

    @Test
    void storesTheRecruitmentWithItsDeadlineOffsetAndApplicationTimes() {
        playHistory();

        RecruitmentView view = views.findById(RECRUITMENT.value()).orElseThrow();
        assertThat(view.getProjectId()).isEqualTo(PROJECT.value());
        assertThat(view.getRound()).isEqualTo(1);
        assertThat(view.getTitle()).isEqualTo("Nabór miast średnich do CWD");
        assertThat(view.getPlaces()).isEqualTo(2);
        assertThat(view.getDeadline()).isEqualTo(EXTENDED_DEADLINE);
        assertThat(view.getDeadline().getOffset().getId()).isEqualTo("+01:00");
        assertThat(view.isClosed()).isTrue();
        assertThat(view.getClosedAt()).isEqualTo(Instant.parse("2020-02-15T09:00:00Z"));
        assertThat(view.getApplications()).containsExactly(
                new Application(KALISZ.value(), Instant.parse("2020-01-20T10:15:00Z"), "ACCEPTED", null),
                new Application(BYTOM.value(), Instant.parse("2020-01-21T08:00:00.250Z"), "REJECTED",
                        "wniosek niekompletny"),
                new Application(LOMZA.value(), Instant.parse("2020-02-10T12:00:00Z"), "ACCEPTED", null));
        assertThat(view.getVersion()).isEqualTo(8);
    }

    @Test
    void storesTheDeadlineAsADateWithItsOffset() {
        playHistory();

        assertThat(stored().get("deadline", Document.class)).isEqualTo(new Document("at",
                Date.from(Instant.parse("2020-02-14T22:59:00Z"))).append("offset", "+01:00"));
    }

    @Test
    void replayingTheWholeHistoryLeavesTheStoredDocumentIdentical() {
        playHistory();
        RecruitmentView once = views.findById(RECRUITMENT.value()).orElseThrow();
        Document storedOnce = stored();

        playHistory();

        assertThat(views.count()).isOne();
        assertThat(views.findById(RECRUITMENT.value()).orElseThrow()).usingRecursiveComparison().isEqualTo(once);
        assertThat(stored()).isEqualTo(storedOnce);
    }

    @Test
    void resetRemovesEveryView() {
        playHistory();

        projection.reset();

        assertThat(views.count()).isZero();
    }

    private void playHistory() {
        projection.on(new RecruitmentOpened(RECRUITMENT, PROJECT, 1, "Nabór miast średnich do CWD", DEADLINE, 2), 0);
        projection.on(new ApplicationSubmitted(RECRUITMENT, KALISZ, Instant.parse("2020-01-20T10:15:00Z")), 1);
        projection.on(new ApplicationSubmitted(RECRUITMENT, BYTOM, Instant.parse("2020-01-21T08:00:00.250Z")), 2);
        projection.on(new RecruitmentDeadlineExtended(RECRUITMENT, DEADLINE, EXTENDED_DEADLINE), 3);
        projection.on(new ApplicationSubmitted(RECRUITMENT, LOMZA, Instant.parse("2020-02-10T12:00:00Z")), 4);
        projection.on(new ApplicationAccepted(RECRUITMENT, KALISZ), 5);
        projection.on(new ApplicationRejected(RECRUITMENT, BYTOM, "wniosek niekompletny"), 6);
        projection.on(new RecruitmentClosed(RECRUITMENT, Instant.parse("2020-02-15T09:00:00Z")), 7);
        // decisions follow the deadline: one may be recorded after the call closed
        projection.on(new ApplicationAccepted(RECRUITMENT, LOMZA), 8);
    }

    private Document stored() {
        return mongo.findById(RECRUITMENT.value(), Document.class, "recruitments");
    }
}
