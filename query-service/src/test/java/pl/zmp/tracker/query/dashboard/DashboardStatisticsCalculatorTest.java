package pl.zmp.tracker.query.dashboard;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    void totalsValueByStartYearAndCurrencyNeverAcrossCurrencies() {
        ProjectView pln2018 = project("a", "IMPLEMENTATION", 2018);
        value(pln2018, "TOTAL_VALUE", "140750", "PLN", "EXACT");
        ProjectView otherPln2018 = project("b", "IMPLEMENTATION", 2018);
        value(otherPln2018, "TOTAL_VALUE", "2000000", "PLN", "ALMOST");
        ProjectView eur2018 = project("c", "IMPLEMENTATION", 2018);
        value(eur2018, "TOTAL_VALUE", "30000", "EUR", "EXACT");

        DashboardStatistics statistics = compute(pln2018, otherPln2018, eur2018);

        assertThat(statistics.valueByYear()).containsExactly(
                new DashboardStatistics.YearTotal(2018, "EUR", new BigDecimal("30000"), false),
                new DashboardStatistics.YearTotal(2018, "PLN", new BigDecimal("2140750"), true));
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
