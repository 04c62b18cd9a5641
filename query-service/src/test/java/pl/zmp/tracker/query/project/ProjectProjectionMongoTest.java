package pl.zmp.tracker.query.project;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.events.project.BudgetLineAdded;
import pl.zmp.tracker.events.project.CoFinancingRateDeclared;
import pl.zmp.tracker.events.project.FinancingAmountRecorded;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.IndicatorDefined;
import pl.zmp.tracker.events.project.MilestoneAchieved;
import pl.zmp.tracker.events.project.MilestonePlanned;
import pl.zmp.tracker.events.project.MunicipalityEnrolled;
import pl.zmp.tracker.events.project.MunicipalityWithdrawn;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.PartnerWithdrawn;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.events.project.PublicationRecorded;
import pl.zmp.tracker.events.project.TrainingRecorded;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.project.ProjectView.Actual;
import pl.zmp.tracker.query.project.ProjectView.Amount;
import pl.zmp.tracker.query.project.ProjectView.BudgetLine;
import pl.zmp.tracker.query.project.ProjectView.DeclaredRate;
import pl.zmp.tracker.query.project.ProjectView.FinancingFigure;
import pl.zmp.tracker.query.project.ProjectView.Indicator;
import pl.zmp.tracker.query.project.ProjectView.Milestone;
import pl.zmp.tracker.query.project.ProjectView.Participant;
import pl.zmp.tracker.query.project.ProjectView.Partner;
import pl.zmp.tracker.query.project.ProjectView.Publication;
import pl.zmp.tracker.query.project.ProjectView.StatusChange;
import pl.zmp.tracker.query.project.ProjectView.Training;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(ProjectProjection.class)
class ProjectProjectionMongoTest {

    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final OrganisationId ZMP = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e01");
    private static final OrganisationId MINISTRY = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e02");
    private static final OrganisationId NORWAY = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e03");
    private static final MunicipalityId KALISZ = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a11");
    private static final MunicipalityId BYTOM = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a12");
    private static final Instant REGISTERED_AT = Instant.parse("2019-10-15T08:30:00.125Z");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private ProjectProjection projection;
    @Autowired
    private ProjectViewRepository views;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void emptyReadModel() {
        views.deleteAll();
    }

    @Test
    void storesEveryPartOfTheProjectWithExactAmountsAndDates() {
        playHistory();

        ProjectView view = views.findById(PROJECT.value()).orElseThrow();
        assertThat(view.getTitle()).isEqualTo("Centrum Wsparcia Doradczego");
        assertThat(view.getProgrammeLine()).isEqualTo("POPT 2014-2020");
        assertThat(view.getReportingOrganisationId()).isEqualTo(ZMP.value());
        assertThat(view.getPlannedFrom()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(view.getPlannedTo()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(view.getYears()).containsExactly(2019, 2020, 2021, 2022);
        assertThat(view.getStatus()).isEqualTo("FINALISATION");
        assertThat(view.getStatusHistory()).containsExactly(
                new StatusChange("PIPELINE", "IMPLEMENTATION", "umowa o dofinansowanie podpisana", at(1)),
                new StatusChange("IMPLEMENTATION", "FINALISATION", null, at(23)));
        assertThat(view.getPartners()).containsExactly(
                new Partner(ZMP.value(), "LEAD", null, true),
                new Partner(MINISTRY.value(), "FUNDING", "instytucja pośrednicząca", true),
                new Partner(NORWAY.value(), "PARTNER", "wymiana doświadczeń", false));
        assertThat(view.getParticipants()).containsExactly(
                new Participant(KALISZ.value(), "PARTICIPATING_PLACE", "nabór I", true),
                new Participant(BYTOM.value(), "PARTICIPATING_PLACE", null, false));
        assertThat(view.getFinancing()).containsExactly(
                new FinancingFigure("TOTAL_VALUE", new Amount(new BigDecimal("33941250.55"), "PLN"), "EXACT",
                        "po aneksie nr 3"),
                new FinancingFigure("EU_FUNDS", new Amount(new BigDecimal("28849062.97"), "PLN"), "EXACT", null),
                new FinancingFigure("ZMP_SHARE", new Amount(new BigDecimal("4500000.00"), "PLN"), "ABOUT", null));
        assertThat(view.getDeclaredRate()).isEqualTo(new DeclaredRate(new BigDecimal("84.63"), "wg wniosku"));
        assertThat(view.getBudgetLines()).containsExactly(
                new BudgetLine(2020, "wynagrodzenia ekspertów", new Amount(new BigDecimal("1200000.00"), "PLN"),
                        "EXACT"),
                new BudgetLine(2021, "study tour", new Amount(new BigDecimal("18250.40"), "EUR"), "ALMOST"));
        assertThat(view.getIndicators()).containsExactly(
                new Indicator("W1", "Liczba miast objętych wsparciem", "szt.", new BigDecimal("55"), "EXACT",
                        List.of(new Actual(new BigDecimal("30"), "EXACT", LocalDate.of(2020, 12, 31),
                                        "sprawozdanie 2020"),
                                new Actual(new BigDecimal("56"), "ABOVE", LocalDate.of(2021, 12, 31),
                                        "sprawozdanie 2021"))),
                new Indicator("W2", "Odsetek zadowolonych uczestników", "%", new BigDecimal("87.50"), "ABOUT",
                        List.of(new Actual(new BigDecimal("91.25"), "EXACT", LocalDate.of(2021, 6, 30), null))));
        assertThat(view.getMilestones()).containsExactly(
                new Milestone("K1", "Raport otwarcia", LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 7)),
                new Milestone("K2", "Plany rozwoju miast", LocalDate.of(2021, 6, 30), null));
        assertThat(view.getTrainings()).containsExactly(
                new Training("T-01", KALISZ.value(), LocalDate.of(2020, 2, 12), 24, "Partycypacja"));
        assertThat(view.getPublications()).containsExactly(
                new Publication("Biuletyn CWD", 1, "Miasta średnie w Polsce", LocalDate.of(2020, 5, 4)));
        assertThat(view.getVersion()).isEqualTo(26);
        assertThat(view.getUpdatedAt()).isEqualTo(at(26));
    }

    @Test
    void replayingTheWholeHistoryLeavesTheStoredDocumentIdentical() {
        playHistory();
        ProjectView once = views.findById(PROJECT.value()).orElseThrow();
        Document storedOnce = stored();

        playHistory();

        assertThat(views.count()).isOne();
        assertThat(views.findById(PROJECT.value()).orElseThrow()).usingRecursiveComparison().isEqualTo(once);
        assertThat(stored()).isEqualTo(storedOnce);
    }

    @Test
    void resetRemovesEveryView() {
        playHistory();

        projection.reset();

        assertThat(views.count()).isZero();
    }

    /** One project's history in order: sequence numbers 0 to 26, an hour apart. */
    private void playHistory() {
        projection.on(new ProjectRegistered(PROJECT, "Centrum Wsparcia Doradczego", "POPT 2014-2020",
                "Doradztwo dla miast średnich tracących funkcje społeczno-gospodarcze", ZMP,
                new DateRange(LocalDate.of(2019, 11, 1), LocalDate.of(2022, 2, 28))), 0, at(0));
        projection.on(new ProjectStatusChanged(PROJECT, ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
                "umowa o dofinansowanie podpisana"), 1, at(1));
        projection.on(new PartnerAdded(PROJECT, ZMP, PartnerRole.LEAD, null), 2, at(2));
        projection.on(new PartnerAdded(PROJECT, MINISTRY, PartnerRole.FUNDING, "instytucja pośrednicząca"), 3, at(3));
        projection.on(new PartnerAdded(PROJECT, NORWAY, PartnerRole.PARTNER, "wymiana doświadczeń"), 4, at(4));
        projection.on(new MunicipalityEnrolled(PROJECT, KALISZ, ParticipantRole.PARTICIPATING_PLACE, "nabór I"),
                5, at(5));
        projection.on(new MunicipalityEnrolled(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, null), 6, at(6));
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("33940000", "PLN"),
                Approximation.ABOUT, null), 7, at(7));
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.EU_FUNDS, Money.of("28849062.97", "PLN"),
                Approximation.EXACT, null), 8, at(8));
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.ZMP_SHARE, Money.of("4500000", "PLN"),
                Approximation.ABOUT, null), 9, at(9));
        projection.on(new CoFinancingRateDeclared(PROJECT, new BigDecimal("84.63"), "wg wniosku"), 10, at(10));
        projection.on(new BudgetLineAdded(PROJECT, 2020, "wynagrodzenia ekspertów", Money.of("1200000", "PLN"),
                Approximation.EXACT), 11, at(11));
        projection.on(new BudgetLineAdded(PROJECT, 2021, "study tour", Money.of("18250.40", "EUR"),
                Approximation.ALMOST), 12, at(12));
        projection.on(new IndicatorDefined(PROJECT, "W1", "Liczba miast objętych wsparciem", "szt.",
                new BigDecimal("55"), Approximation.EXACT), 13, at(13));
        projection.on(new IndicatorDefined(PROJECT, "W2", "Odsetek zadowolonych uczestników", "%",
                new BigDecimal("87.50"), Approximation.ABOUT), 14, at(14));
        projection.on(new IndicatorActualRecorded(PROJECT, "W1", new BigDecimal("30"), Approximation.EXACT,
                LocalDate.of(2020, 12, 31), "sprawozdanie 2020"), 15, at(15));
        projection.on(new IndicatorActualRecorded(PROJECT, "W2", new BigDecimal("91.25"), Approximation.EXACT,
                LocalDate.of(2021, 6, 30), null), 16, at(16));
        projection.on(new MilestonePlanned(PROJECT, "K1", "Raport otwarcia", LocalDate.of(2020, 3, 31)), 17, at(17));
        projection.on(new MilestonePlanned(PROJECT, "K2", "Plany rozwoju miast", LocalDate.of(2021, 6, 30)),
                18, at(18));
        projection.on(new MilestoneAchieved(PROJECT, "K1", LocalDate.of(2020, 4, 7)), 19, at(19));
        projection.on(new TrainingRecorded(PROJECT, "T-01", KALISZ, LocalDate.of(2020, 2, 12), 24, "Partycypacja"),
                20, at(20));
        projection.on(new MunicipalityWithdrawn(PROJECT, BYTOM, ParticipantRole.PARTICIPATING_PLACE, "rezygnacja"),
                21, at(21));
        projection.on(new PartnerWithdrawn(PROJECT, NORWAY, PartnerRole.PARTNER, "koniec programu"), 22, at(22));
        projection.on(new ProjectStatusChanged(PROJECT, ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION,
                null), 23, at(23));
        // history arrives late: facts recorded during finalisation
        projection.on(new FinancingAmountRecorded(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("33941250.55", "PLN"),
                Approximation.EXACT, "po aneksie nr 3"), 24, at(24));
        projection.on(new IndicatorActualRecorded(PROJECT, "W1", new BigDecimal("56"), Approximation.ABOVE,
                LocalDate.of(2021, 12, 31), "sprawozdanie 2021"), 25, at(25));
        projection.on(new PublicationRecorded(PROJECT, "Biuletyn CWD", 1, "Miasta średnie w Polsce",
                LocalDate.of(2020, 5, 4)), 26, at(26));
    }

    private Document stored() {
        return mongo.findById(PROJECT.value(), Document.class, "projects");
    }

    private static Instant at(long hoursAfterRegistration) {
        return REGISTERED_AT.plusSeconds(3600 * hoursAfterRegistration);
    }
}
