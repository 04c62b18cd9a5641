package pl.zmp.tracker.query.terc;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.platform.teryt.TercRegister;
import pl.zmp.tracker.values.MunicipalityKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding TERC units as coordinators type them, against the register the product ships. */
class TercLookupTest {

    private static final TercLookup LOOKUP = new TercLookup(new TercRegister());

    @Test
    void ignoresCaseDiacriticsAndHyphens() {
        assertThat(LOOKUP.find("sołec zdrój", 10)).first()
                .isEqualTo(new TercMatch("2601052", "Solec-Zdrój", MunicipalityKind.RURAL_GMINA, "gmina wiejska",
                        "buski", "ŚWIĘTOKRZYSKIE"));
        assertThat(codes("SOLEC-ZDROJ")).startsWith("2601052");
    }

    @Test
    void putsTheCityBeforeItsCountyAndNamesBoth() {
        List<TercMatch> warszawa = LOOKUP.find("warszawa", 10);

        assertThat(warszawa.get(0)).isEqualTo(new TercMatch("1465011", "Warszawa", MunicipalityKind.CITY,
                "gmina miejska, miasto stołeczne", "Warszawa", "MAZOWIECKIE"));
        assertThat(warszawa.get(1).code()).isEqualTo("1465");
    }

    @Test
    void findsByTheBeginningOfAnyWordBestMatchFirst() {
        assertThat(codes("lodz")).startsWith("1061011", "1061");
        assertThat(codes("lodz")).contains("1061029"); // Łódź-Bałuty, after the whole-name matches
        assertThat(codes("zielona gor")).startsWith("0862011");
        assertThat(codes("bałuty")).containsExactly("1061029");
    }

    @Test
    void findsNothingForTextNoNameHasAndForNoText() {
        assertThat(LOOKUP.find("xyzzy", 10)).isEmpty();
        assertThat(LOOKUP.find(" - ", 10)).isEmpty();
    }

    @Test
    void keepsToTheRequestedNumberOfResults() {
        assertThat(LOOKUP.find("gmina", 50)).hasSizeLessThanOrEqualTo(50);
        assertThat(LOOKUP.find("nowa", 3)).hasSize(3);
    }

    private static List<String> codes(String text) {
        return LOOKUP.find(text, 50).stream().map(TercMatch::code).toList();
    }
}
