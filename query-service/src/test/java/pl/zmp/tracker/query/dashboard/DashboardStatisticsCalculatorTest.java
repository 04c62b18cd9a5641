package pl.zmp.tracker.query.dashboard;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardStatisticsCalculatorTest {

    private final DashboardStatisticsCalculator calculator = new DashboardStatisticsCalculator();

    @Test
    void countsProjectsByStatusIncludingEmptyOnes() {
        DashboardStatistics statistics = compute(project("a", "IMPLEMENTATION", 2018), project("b", "IMPLEMENTATION", 2019),
                project("c", "PIPELINE", null));

        assertThat(statistics.projects()).isEqualTo(3);
        assertThat(statistics.projectsByStatus()).containsEntry("IMPLEMENTATION", 2L).containsEntry("PIPELINE", 1L)
                .containsEntry("CLOSED", 0L).hasSize(6);
    }

    @Test
    void totalsValueOfSingleYearProjectsByYearAndCurrencyNeverAcrossCurrencies() {
        ProjectView pln2018 = project("a", "IMPLEMENTATION", 2018);
        value(pln2018, "TOTAL_VALUE", "140750", "PLN", "EXACT");
        ProjectView otherPln2018 = project("b", "IMPLEMENTATION", 2018);
        value(otherPln2018, "TOTAL_VALUE", "2000000", "PLN", "ALMOST");
        ProjectView eur2018 = project("c", "IMPLEMENTATION", 2018);
        value(eur2018, "TOTAL_VALUE", "30000", "EUR", "EXACT");

        DashboardStatistics statistics = compute(pln2018, otherPln2018, eur2018);

        assertThat(statistics.valueByYear()).containsExactly(
                new DashboardStatistics.YearTotal(2018, "EUR", new BigDecimal("30000"), false, false),
                new DashboardStatistics.YearTotal(2018, "PLN", new BigDecimal("2140750"), true, false));
    }

    @Test
    void totalsEachProjectsTotalValuePerCurrencyWhateverItsBudgetLinesSay() {
        ProjectView ppp = project("ppp", "IMPLEMENTATION", 2017);
        value(ppp, "TOTAL_VALUE", "10900000", "PLN", "EXACT");
        value(ppp, "GRANT", "9000000", "PLN", "EXACT");
        ppp.getBudgetLines().add(new ProjectView.BudgetLine(2017, "first year",
                new ProjectView.Amount(new BigDecimal("100"), "PLN"), "EXACT"));
        ProjectView hundredYears = project("100", "FINALISATION", 2018);
        value(hundredYears, "TOTAL_VALUE", "140750", "PLN", "ABOUT");
        ProjectView urbact = project("urbact", "IMPLEMENTATION", 2018);
        value(urbact, "TOTAL_VALUE", "30000", "EUR", "EXACT");

        DashboardStatistics statistics = compute(ppp, hundredYears, urbact, project("none", "PIPELINE", null));

        assertThat(statistics.totalValue()).containsExactly(
                new DashboardStatistics.CurrencyTotal("EUR", new BigDecimal("30000"), false),
                new DashboardStatistics.CurrencyTotal("PLN", new BigDecimal("11040750"), true));
    }

    @Test
    void spreadsAMultiYearValueOverItsPeriodByDaysLabelledAsAnEstimateNeverAllInTheStartYear() {
        ProjectView ppp = project("ppp", "IMPLEMENTATION", 2017);
        ppp.setPlannedTo(LocalDate.of(2019, 12, 31));
        value(ppp, "TOTAL_VALUE", "10900000", "PLN", "EXACT");
        ProjectView hundredYears = project("100", "FINALISATION", null);
        hundredYears.setPlannedFrom(LocalDate.of(2018, 6, 1));
        hundredYears.setPlannedTo(LocalDate.of(2018, 11, 30));
        value(hundredYears, "TOTAL_VALUE", "140750", "PLN", "EXACT");

        DashboardStatistics statistics = compute(ppp, hundredYears);

        // 2017 and 2018 have 365 days each of the period's 1095; 2019 takes what rounding left
        assertThat(statistics.valueByYear()).containsExactly(
                new DashboardStatistics.YearTotal(2017, "PLN", new BigDecimal("3633333.33"), false, true),
                new DashboardStatistics.YearTotal(2018, "PLN", new BigDecimal("3774083.33"), false, true),
                new DashboardStatistics.YearTotal(2019, "PLN", new BigDecimal("3633333.34"), false, true));
    }

    @Test
    void putsAValueWhereItsBudgetLinesPutItRatherThanSpreadingIt() {
        ProjectView project = project("a", "IMPLEMENTATION", 2018);
        project.setPlannedTo(LocalDate.of(2019, 12, 31));
        value(project, "TOTAL_VALUE", "300", "PLN", "EXACT");
        project.getBudgetLines().add(new ProjectView.BudgetLine(2018, "first", new ProjectView.Amount(
                new BigDecimal("100"), "PLN"), "EXACT"));
        project.getBudgetLines().add(new ProjectView.BudgetLine(2019, "second", new ProjectView.Amount(
                new BigDecimal("200"), "PLN"), "ABOUT"));

        assertThat(compute(project).valueByYear()).containsExactly(
                new DashboardStatistics.YearTotal(2018, "PLN", new BigDecimal("100"), false, false),
                new DashboardStatistics.YearTotal(2019, "PLN", new BigDecimal("200"), true, false));
    }

    @Test
    void aCallPastItsDeadlineButNotClosedAwaitsADecisionAndIsNotOpen() {
        RecruitmentView open = call("open", "2026-02-01T00:00:00+01:00", false);
        RecruitmentView awaiting = call("awaiting", "2025-12-31T23:59:59+01:00", false);
        RecruitmentView noDeadline = call("no-deadline", null, false);
        RecruitmentView closed = call("closed", "2025-12-31T23:59:59+01:00", true);

        DashboardStatistics statistics = calculator.compute(7, Instant.parse("2026-01-01T00:00:00Z"), List.of(),
                List.of(open, awaiting, noDeadline, closed), List.of());

        assertThat(statistics.openRecruitments()).isEqualTo(2);
        assertThat(statistics.recruitmentsAwaitingDecision()).isEqualTo(1);
        assertThat(CallState.of(awaiting, Instant.parse("2025-12-31T22:59:59Z"))).isEqualTo(CallState.AWAITING_DECISION);
        assertThat(CallState.of(awaiting, Instant.parse("2025-12-31T22:59:58Z"))).isEqualTo(CallState.OPEN);
        assertThat(CallState.of(closed, Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo(CallState.CLOSED);
    }

    @Test
    void showingsAreHeldOnNowOrScheduledOnTheDateShownInWarsaw() {
        ExhibitionView exhibition = new ExhibitionView("expelled");
        exhibition.getShowings().add(showing("prora", "2018-01-01", "2018-04-07", false));
        exhibition.getShowings().add(showing("chelmno", "2018-04-25", "2018-09-20", false));
        exhibition.getShowings().add(showing("schwedt", "2018-10-09", "2018-11-23", false));
        exhibition.getShowings().add(showing("cancelled", "2018-05-01", "2018-05-02", true));

        // 2018-04-24T22:30Z is already 25 April in Warsaw: Chełmno opens that day
        DashboardStatistics statistics = calculator.compute(7, Instant.parse("2018-04-24T22:30:00Z"), List.of(),
                List.of(), List.of(exhibition));

        assertThat(statistics.showings()).isEqualTo(3);
        assertThat(statistics.showingsByState()).isEqualTo(new DashboardStatistics.Showings(1, 1, 1));
        assertThat(ShowingState.of(exhibition.getShowings().get(0), LocalDate.of(2018, 4, 7))).isEqualTo(ShowingState.ON_NOW);
        assertThat(ShowingState.of(exhibition.getShowings().get(0), LocalDate.of(2018, 4, 8))).isEqualTo(ShowingState.HELD);
        assertThat(ShowingState.of(exhibition.getShowings().get(3), LocalDate.of(2018, 5, 1)))
                .isEqualTo(ShowingState.CANCELLED);
    }

    private static RecruitmentView call(String id, String deadline, boolean closed) {
        RecruitmentView call = new RecruitmentView(id);
        call.setDeadline(deadline == null ? null : OffsetDateTime.parse(deadline));
        call.setClosed(closed);
        return call;
    }

    private static ExhibitionView.Showing showing(String code, String from, String to, boolean cancelled) {
        return new ExhibitionView.Showing(code, "venue " + code, "city", "PL", LocalDate.parse(from), LocalDate.parse(to),
                List.of(), cancelled, null);
    }

    @Test
    void computesGrantShareOverProjectsStatingBoth() {
        ProjectView both = project("a", "IMPLEMENTATION", 2018);
        value(both, "TOTAL_VALUE", "295000", "PLN", "EXACT");
        value(both, "GRANT", "261000", "PLN", "EXACT");
        ProjectView totalOnly = project("b", "IMPLEMENTATION", 2018);
        value(totalOnly, "TOTAL_VALUE", "1000000", "PLN", "EXACT");

        DashboardStatistics statistics = compute(both, totalOnly);

        assertThat(statistics.grantShare()).singleElement().satisfies(share -> {
            assertThat(share.currency()).isEqualTo("PLN");
            assertThat(share.totalValue()).isEqualByComparingTo("295000");
            assertThat(share.percent()).isEqualByComparingTo("88.47");
        });
    }

    @Test
    void sumsPeopleTrainedFromTheLatestActualsAndKeepsTheQualifier() {
        ProjectView ppp = project("a", "IMPLEMENTATION", 2017);
        ppp.getIndicators().add(new ProjectView.Indicator("people-trained", "trained", "people", new BigDecimal("1200"),
                "ABOVE", List.of(
                new ProjectView.Actual(new BigDecimal("900"), "EXACT", LocalDate.of(2018, 12, 31), "report"),
                new ProjectView.Actual(new BigDecimal("1200"), "ABOVE", LocalDate.of(2019, 12, 31), "deck"))));

        DashboardStatistics statistics = compute(ppp);

        assertThat(statistics.peopleTrained()).isEqualTo(new DashboardStatistics.Total(new BigDecimal("1200"), true));
        assertThat(statistics.outputs()).singleElement().satisfies(output -> {
            assertThat(output.actual()).isEqualByComparingTo("1200");
            assertThat(output.percentOfTarget()).isEqualByComparingTo("100.0");
        });
    }

    @Test
    void countsDistinctActiveMunicipalitiesAndPartners() {
        ProjectView first = project("a", "IMPLEMENTATION", 2018);
        first.getParticipants().add(new ProjectView.Participant("warszawa", "PARTICIPATING_PLACE", null, true));
        first.getParticipants().add(new ProjectView.Participant("warszawa", "TRAINING_HOST", null, true));
        first.getParticipants().add(new ProjectView.Participant("gdansk", "PARTICIPATING_PLACE", null, false));
        first.getPartners().add(new ProjectView.Partner("zpp", "PARTNER", null, true));
        ProjectView second = project("b", "IMPLEMENTATION", 2018);
        second.getParticipants().add(new ProjectView.Participant("warszawa", "NETWORK_MEMBER", null, true));
        second.getPartners().add(new ProjectView.Partner("stocznia", "LEAD", null, true));

        DashboardStatistics statistics = compute(first, second);

        assertThat(statistics.municipalitiesInvolved()).isEqualTo(1);
        assertThat(statistics.partnersInvolved()).isEqualTo(2);
    }

    private DashboardStatistics compute(ProjectView... projects) {
        return calculator.compute(7, Instant.parse("2026-01-01T00:00:00Z"), List.of(projects),
                List.<RecruitmentView>of(), List.<ExhibitionView>of());
    }

    private static ProjectView project(String id, String status, Integer startYear) {
        ProjectView project = new ProjectView(id);
        project.setTitle("project " + id);
        project.setStatus(status);
        if (startYear != null) {
            project.setPlannedFrom(LocalDate.of(startYear, 1, 1));
        }
        return project;
    }

    private static void value(ProjectView project, String item, String amount, String currency, String approximation) {
        project.getFinancing().add(new ProjectView.FinancingFigure(item,
                new ProjectView.Amount(new BigDecimal(amount), currency), approximation, null));
    }
}
