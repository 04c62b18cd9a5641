package pl.zmp.tracker.command.seed;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.project.CoFinancingRateDeclared;
import pl.zmp.tracker.events.project.FinancingAmountRecorded;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.MunicipalityEnrolled;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.events.project.PublicationRecorded;
import pl.zmp.tracker.events.project.TrainingRecorded;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole seed through the command gateway: every fact of domain.md's project list is there, and a reload changes nothing. */
@SpringBootTest(properties = {
        "spring.config.name=command-service",
        "spring.datasource.url=jdbc:h2:mem:seed-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedLoaderTest {

    @Autowired
    private SeedLoader loader;
    @Autowired
    private SeedProperties properties;
    @Autowired
    private EventStore eventStore;

    private SeedReport firstLoad;

    @BeforeAll
    void loadSeed() {
        firstLoad = loader.load(properties.location());
    }

    @Test
    void loadsEveryCommandAndALoadAgainChangesNothing() {
        assertThat(firstLoad.commands()).isEqualTo(250);
        assertThat(firstLoad.eventsAppended()).isEqualTo(firstLoad.commands());

        SeedReport reload = loader.load(properties.location());

        assertThat(reload.commands()).isEqualTo(firstLoad.commands());
        assertThat(reload.eventsAppended()).isZero();
    }

    @Test
    void holdsTheFourProgrammeLinesWithoutFigures() {
        for (String line : List.of("monitoring-uslug-publicznych", "monitoring-rozwoju-lokalnego",
                "uslugi-administracyjne", "zarzadzanie-oswiata")) {
            List<Object> events = events("@project/" + line);
            assertThat(events).hasSize(1).first().isInstanceOf(ProjectRegistered.class);
        }
    }

    @Test
    void holdsPublicPrivatePartnership() {
        List<Object> ppp = events("@project/ppp");
        assertThat(of(ppp, ProjectRegistered.class).get(0).plannedPeriod())
                .isEqualTo(new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)));
        assertThat(financing(ppp, FinancingItem.TOTAL_VALUE)).isEqualTo(Money.of("10900000", "PLN"));
        assertThat(financing(ppp, FinancingItem.CONSORTIUM_SHARE)).isEqualTo(Money.of("1600000", "PLN"));
        assertThat(declaredRate(ppp)).isEqualByComparingTo("100");
        assertThat(of(ppp, PartnerAdded.class)).hasSize(4);
        assertThat(enrolled(ppp, ParticipantRole.PARTICIPATING_PLACE)).hasSize(12)
                .contains(municipality("sierpc"), municipality("solec-zdroj"), municipality("warszawa"));
        assertThat(of(ppp, TrainingRecorded.class)).extracting(TrainingRecorded::municipalityId)
                .containsExactlyInAnyOrder(municipality("gdansk"), municipality("katowice"),
                        municipality("poznan"), municipality("warszawa"));
        IndicatorActualRecorded trained = actual(ppp, "people-trained");
        assertThat(trained.value()).isEqualByComparingTo("1200");
        assertThat(trained.approximation()).isEqualTo(Approximation.ABOVE);
        assertThat(of(ppp, PublicationRecorded.class)).hasSize(11)
                .extracting(PublicationRecorded::issueNumber).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void holdsFamilyBusinessSupport() {
        List<Object> project = events("@project/firmy-rodzinne");
        assertThat(of(project, ProjectRegistered.class).get(0).plannedPeriod())
                .isEqualTo(new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(financing(project, FinancingItem.TOTAL_VALUE)).isEqualTo(Money.of("2800000", "PLN"));
        assertThat(enrolled(project, ParticipantRole.PARTICIPATING_PLACE)).hasSize(7);
        assertThat(of(project, PartnerAdded.class)).hasSize(1);
    }

    @Test
    void holdsHundredYearsOfZmp() {
        List<Object> project = events("@project/100-lat-zmp");
        assertThat(of(project, ProjectRegistered.class).get(0).plannedPeriod())
                .isEqualTo(new DateRange(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 11, 30)));
        assertThat(financing(project, FinancingItem.TOTAL_VALUE)).isEqualTo(Money.of("140750", "PLN"));
        assertThat(financing(project, FinancingItem.GRANT)).isEqualTo(Money.of("115000", "PLN"));
        IndicatorActualRecorded cities = actual(project, "contributing-cities");
        assertThat(cities.value()).isEqualByComparingTo("80");
        assertThat(cities.approximation()).isEqualTo(Approximation.ABOUT);
        assertThat(of(project, PublicationRecorded.class)).isNotEmpty();
        assertThat(events("@exhibition/samorzadni-i-niepodlegli")).isNotEmpty();
    }

    @Test
    void holdsSpaceForParticipationWithBothRecruitmentRounds() {
        List<Object> project = events("@project/przestrzen-dla-partycypacji");
        FinancingAmountRecorded total = financingEvent(project, FinancingItem.TOTAL_VALUE);
        assertThat(total.amount()).isEqualTo(Money.of("2000000", "PLN"));
        assertThat(total.approximation()).isEqualTo(Approximation.ALMOST);
        assertThat(financing(project, FinancingItem.EU_FUNDS)).isEqualTo(Money.of("1700000", "PLN"));
        assertThat(financing(project, FinancingItem.ZMP_SHARE)).isEqualTo(Money.of("182000", "PLN"));
        assertThat(of(project, PartnerAdded.class)).hasSize(4)
                .filteredOn(partner -> partner.role() == PartnerRole.LEAD).hasSize(1);

        List<Object> roundOne = events("@recruitment/space-round-1");
        assertThat(of(roundOne, RecruitmentOpened.class).get(0).places()).isEqualTo(25);
        assertThat(of(roundOne, ApplicationAccepted.class)).hasSize(17);
        assertThat(of(roundOne, RecruitmentClosed.class)).hasSize(1);
        List<Object> roundTwo = events("@recruitment/space-round-2");
        assertThat(of(roundTwo, RecruitmentOpened.class).get(0).places()).isEqualTo(22);
        assertThat(of(roundTwo, RecruitmentClosed.class)).isEmpty();
    }

    @Test
    void holdsUrbactNationalContactPoint() {
        List<Object> project = events("@project/urbact-kpk");
        assertThat(of(project, MunicipalityEnrolled.class).stream().map(MunicipalityEnrolled::municipalityId).distinct())
                .hasSize(13);
        FinancingAmountRecorded budget = financingEvent(project, FinancingItem.PER_PARTICIPANT_ANNUAL_BUDGET);
        assertThat(budget.amount()).isEqualTo(Money.of("30000", "EUR"));
        assertThat(budget.approximation()).isEqualTo(Approximation.ABOVE);
        assertThat(declaredRate(project)).isEqualByComparingTo("85");
        RecruitmentOpened call = of(events("@recruitment/urbact-apn"), RecruitmentOpened.class).get(0);
        assertThat(call.deadline().toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 17));
    }

    @Test
    void holdsTheExpelledExhibitionWithOverlappingShowingsAtDifferentVenues() {
        List<ShowingRecorded> showings = of(events("@exhibition/expelled-1939"), ShowingRecorded.class);
        assertThat(showings).extracting(ShowingRecorded::period).containsExactlyInAnyOrder(
                new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 7)),
                new DateRange(LocalDate.of(2018, 3, 29), LocalDate.of(2018, 4, 6)),
                new DateRange(LocalDate.of(2018, 4, 25), LocalDate.of(2018, 9, 20)),
                new DateRange(LocalDate.of(2018, 10, 9), LocalDate.of(2018, 11, 23)));
        assertThat(showings).allSatisfy(showing -> assertThat(showing.sideProgramme()).isNotEmpty());
        List<Object> project = events("@project/wystawa-wypedzeni-1939");
        assertThat(financing(project, FinancingItem.TOTAL_VALUE)).isEqualTo(Money.of("50000", "PLN"));
        assertThat(declaredRate(project)).isEqualByComparingTo("90");
        assertThat(of(project, PartnerAdded.class)).hasSize(2);
    }

    @Test
    void holdsPolishUkrainianCooperationWithDeclaredRateBesideTheAmounts() {
        List<Object> project = events("@project/wspolpraca-polsko-ukrainska");
        assertThat(financing(project, FinancingItem.TOTAL_VALUE)).isEqualTo(Money.of("295000", "PLN"));
        assertThat(financing(project, FinancingItem.GRANT)).isEqualTo(Money.of("261000", "PLN"));
        assertThat(declaredRate(project)).isEqualByComparingTo("88.6");
        assertThat(of(project, PartnerAdded.class)).hasSize(2);
        List<MunicipalityRegistered> places = of(project, MunicipalityEnrolled.class).stream()
                .map(enrolled -> of(events(enrolled.municipalityId().value()), MunicipalityRegistered.class).get(0))
                .distinct().toList();
        assertThat(places).filteredOn(place -> place.kind() == MunicipalityKind.FOREIGN_MUNICIPALITY).hasSize(3);
        assertThat(places).filteredOn(place -> place.kind() != MunicipalityKind.FOREIGN_MUNICIPALITY).hasSize(3);
    }

    @Test
    void datesEachFactAsTheDeckGivesOrImpliesItAndSaysWhyInTheMetadata() {
        List<DomainEventMessage<?>> ppp = messages("@project/ppp");
        assertThat(occurredOn(ppp.get(0))).isEqualTo(Instant.parse("2016-12-31T23:00:00Z")); // 2017-01-01 in Warsaw
        assertThat(ppp.get(0).getMetaData().get("basis")).asString().startsWith("A15").contains("2017-2019");
        assertThat(ppp).filteredOn(message -> message.getPayload() instanceof ProjectStatusChanged)
                .allSatisfy(message -> assertThat(occurredOn(message)).isEqualTo(Instant.parse("2016-12-31T23:00:00Z")));
        assertThat(ppp).filteredOn(message -> message.getPayload() instanceof TrainingRecorded)
                .hasSize(4)
                .allSatisfy(message -> assertThat(occurredOn(message)).isEqualTo(Instant.parse("2019-04-16T22:00:00Z")));
        assertThat(actual(payloads(ppp), "people-trained").occurredOn()).isEqualTo(Instant.parse("2019-12-30T23:00:00Z"));

        List<DomainEventMessage<?>> hundredYears = messages("@project/100-lat-zmp");
        DomainEventMessage<?> finalisation = hundredYears.stream()
                .filter(message -> message.getPayload() instanceof ProjectStatusChanged changed
                        && changed.to() == ProjectStatus.FINALISATION).findFirst().orElseThrow();
        assertThat(occurredOn(finalisation)).isEqualTo(Instant.parse("2018-11-29T23:00:00Z"));
        assertThat(finalisation.getMetaData().get("basis")).asString().startsWith("A16");

        // A10 gives round I's applications no submittedAt: they were submitted when they happened (A17)
        assertThat(of(events("@recruitment/space-round-1"), ApplicationSubmitted.class)).hasSize(17)
                .allSatisfy(application -> assertThat(application.submittedAt())
                        .isEqualTo(Instant.parse("2017-12-31T23:00:00Z")).isEqualTo(application.occurredOn()));

        RecruitmentClosed roundOneClosed = of(events("@recruitment/space-round-1"), RecruitmentClosed.class).get(0);
        assertThat(roundOneClosed.closedAt()).isEqualTo(Instant.parse("2018-12-30T23:00:00Z"));
        assertThat(roundOneClosed.occurredOn()).isEqualTo(roundOneClosed.closedAt());
    }

    @Test
    void theDatedSeedLoadedOverAnUndatedOneKeepsTheEventsAsRecordedAndAgainChangesNothing() {
        SeedReport undated = loader.load("classpath:seed/undated.yaml");
        assertThat(undated.eventsAppended()).isEqualTo(1);
        DomainEventMessage<?> registered = messages("@org/undated-then-dated").get(0);

        SeedReport dated = loader.load("classpath:seed/dated.yaml");

        assertThat(dated.commands()).isEqualTo(1);
        assertThat(dated.eventsAppended()).isZero();
        assertThat(messages("@org/undated-then-dated")).singleElement().satisfies(kept -> {
            assertThat(kept.getIdentifier()).isEqualTo(registered.getIdentifier());
            assertThat(occurredOn(kept)).isEqualTo(occurredOn(registered));
        });
        assertThat(loader.load("classpath:seed/dated.yaml").eventsAppended()).isZero();
    }

    @Test
    void everyFactOfTheSeedHappenedBetween2017AndTheEndOfPppWithABasis() {
        List<String> ids = SeedIdsInFile.all();
        assertThat(ids).hasSize(80); // 11 projects, 3 calls, 2 exhibitions and the organisations and places they involve
        for (String id : ids) {
            for (DomainEventMessage<?> message : messages(id)) {
                assertThat(occurredOn(message)).as(message.getPayloadType().getSimpleName() + " of " + id)
                        .isBetween(Instant.parse("2016-12-31T23:00:00Z"), Instant.parse("2019-12-30T23:00:00Z"));
                assertThat(message.getMetaData().get("basis")).as("basis of " + id).asString().isNotBlank();
            }
        }
    }

    private static Instant occurredOn(DomainEventMessage<?> message) {
        return ((BusinessFact) message.getPayload()).occurredOn();
    }

    private List<DomainEventMessage<?>> messages(String referenceOrId) {
        String id = referenceOrId.startsWith(SeedIds.PREFIX) ? SeedIds.of(referenceOrId) : referenceOrId;
        return eventStore.readEvents(id).asStream().<DomainEventMessage<?>>map(message -> message).toList();
    }

    private static List<Object> payloads(List<DomainEventMessage<?>> messages) {
        return messages.stream().map(message -> (Object) message.getPayload()).toList();
    }

    /** Every "@kind/name" reference in the seed file, as the id it stands for. */
    private static final class SeedIdsInFile {
        static List<String> all() {
            try (var in = SeedLoaderTest.class.getResourceAsStream("/seed/zmp-projects.yaml")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return java.util.regex.Pattern.compile("\"(@[a-z]+/[a-z0-9-]+)\"").matcher(text).results()
                        .map(match -> match.group(1)).distinct().map(SeedIds::of).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void keepsTheSourceSpellingBesideTheOfficialName() {
        MunicipalityRegistered solec = of(events("@municipality/solec-zdroj"), MunicipalityRegistered.class).get(0);
        assertThat(solec.name()).isEqualTo("Sołec Zdrój");
        assertThat(solec.officialName()).isEqualTo("Solec-Zdrój");
        assertThat(solec.tercCode().value()).isEqualTo("2601052");
    }

    private List<Object> events(String referenceOrId) {
        String id = referenceOrId.startsWith(SeedIds.PREFIX) ? SeedIds.of(referenceOrId) : referenceOrId;
        return eventStore.readEvents(id).asStream().map(message -> (Object) message.getPayload()).toList();
    }

    private static <T> List<T> of(List<Object> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static FinancingAmountRecorded financingEvent(List<Object> events, FinancingItem item) {
        List<FinancingAmountRecorded> statements = of(events, FinancingAmountRecorded.class).stream()
                .filter(amount -> amount.item() == item).toList();
        assertThat(statements).as("financing item " + item).isNotEmpty();
        return statements.get(statements.size() - 1);
    }

    private static Money financing(List<Object> events, FinancingItem item) {
        return financingEvent(events, item).amount();
    }

    private static BigDecimal declaredRate(List<Object> events) {
        List<CoFinancingRateDeclared> rates = of(events, CoFinancingRateDeclared.class);
        assertThat(rates).isNotEmpty();
        return rates.get(rates.size() - 1).ratePercent();
    }

    private static IndicatorActualRecorded actual(List<Object> events, String indicatorCode) {
        return of(events, IndicatorActualRecorded.class).stream()
                .filter(actual -> actual.indicatorCode().equals(indicatorCode)).findFirst().orElseThrow();
    }

    private static List<MunicipalityId> enrolled(List<Object> events, ParticipantRole role) {
        return of(events, MunicipalityEnrolled.class).stream()
                .filter(enrolment -> enrolment.role() == role)
                .map(MunicipalityEnrolled::municipalityId).toList();
    }

    private static MunicipalityId municipality(String name) {
        return new MunicipalityId(SeedIds.of("@municipality/" + name));
    }
}
