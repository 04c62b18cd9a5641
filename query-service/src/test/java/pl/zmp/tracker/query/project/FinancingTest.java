package pl.zmp.tracker.query.project;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FinancingTest {

    @Test
    void keepsDeclaredRateBesideComputedOneAndFlagsTheMismatch() {
        ProjectView project = project("295000", "PLN", "261000", "PLN", "88.6");

        Financing.Rates rates = Financing.rates(project);

        assertThat(rates.declaredPercent()).isEqualByComparingTo("88.6");
        assertThat(rates.computedPercent()).isEqualByComparingTo("88.47");
        assertThat(rates.mismatch()).isTrue();
    }

    @Test
    void agreesWhenDeclaredRateMatchesTheAmounts() {
        Financing.Rates rates = Financing.rates(project("50000", "PLN", "45000", "PLN", "90"));

        assertThat(rates.computedPercent()).isEqualByComparingTo("90.00");
        assertThat(rates.mismatch()).isFalse();
    }

    @Test
    void computesNoRateAcrossCurrencies() {
        Financing.Rates rates = Financing.rates(project("100", "EUR", "85", "PLN", "85"));

        assertThat(rates.computedPercent()).isNull();
        assertThat(rates.mismatch()).isFalse();
    }

    @Test
    void groupsFiguresByCurrency() {
        ProjectView project = project("100", "EUR", "85", "PLN", null);

        assertThat(Financing.byCurrency(project)).containsOnlyKeys("EUR", "PLN");
    }

    static ProjectView project(String total, String totalCurrency, String grant, String grantCurrency, String declared) {
        ProjectView project = new ProjectView("p");
        project.getFinancing().add(new ProjectView.FinancingFigure("TOTAL_VALUE",
                new ProjectView.Amount(new BigDecimal(total), totalCurrency), "EXACT", null));
        project.getFinancing().add(new ProjectView.FinancingFigure("GRANT",
                new ProjectView.Amount(new BigDecimal(grant), grantCurrency), "EXACT", null));
        if (declared != null) {
            project.setDeclaredRate(new ProjectView.DeclaredRate(new BigDecimal(declared), null));
        }
        return project;
    }
}
