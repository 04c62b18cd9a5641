package pl.zmp.tracker.console.audit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each event of a lineage adds to its figure, as the lineage page says it. */
class LineagePagesTest {

    private static final Map<String, String> NAMES = Map.of("m-1", "Kalisz", "o-1", "Związek Miast Polskich");

    @Test
    void saysWhatEachEventAddsToItsFigure() {
        assertThat(LineagePages.contribution("people-trained", Map.of("value", 1200.0, "asOf", "2019-06-30"), NAMES))
                .isEqualTo("1200 (2019-06-30)");
        assertThat(LineagePages.contribution("total-value",
                Map.of("amount", Map.of("amount", 10900000, "currency", "PLN")), NAMES))
                .isEqualTo("10900000.00 PLN");
        assertThat(LineagePages.contribution("total-value",
                Map.of("amount", Map.of("amount", 100000.0, "currency", "PLN")), NAMES))
                .isEqualTo("100000.00 PLN");
        assertThat(LineagePages.contribution("projects", Map.of("title", "PPP"), NAMES)).isEqualTo("PPP");
        assertThat(LineagePages.contribution("municipalities",
                Map.of("municipalityId", "m-1", "role", "PARTICIPATING_PLACE"), NAMES))
                .isEqualTo("Kalisz · PARTICIPATING_PLACE");
        assertThat(LineagePages.contribution("partners", Map.of("organisationId", "o-1", "role", "LEAD"), NAMES))
                .isEqualTo("Związek Miast Polskich · LEAD");
    }

    @Test
    void writesAmountsWithTheirCentsNeverInScientificNotation() {
        assertThat(LineagePages.contribution("total-value",
                Map.of("amount", Map.of("amount", 3.394125055E7, "currency", "PLN")), NAMES))
                .isEqualTo("33941250.55 PLN");
    }

    @Test
    void anUnknownNameShowsItsIdAndAPayloadWithoutAnAmountShowsNothing() {
        assertThat(LineagePages.contribution("partners", Map.of("organisationId", "o-2", "role", "LEAD"), NAMES))
                .isEqualTo("o-2 · LEAD");
        assertThat(LineagePages.contribution("total-value", Map.of(), NAMES)).isEqualTo("–");
    }
}
