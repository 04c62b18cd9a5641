package pl.zmp.tracker.platform.teryt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

    @ParameterizedTest
    @CsvSource({
            "Solec-Zdrój, solec zdroj",
            "  ŁÓDŹ  , lodz",
            "m.st. Warszawa, m st warszawa",
            "Kędzierzyn-Koźle, kedzierzyn kozle"})
    void foldsCaseDiacriticsAndPunctuation(String text, String folded) {
        assertThat(PlaceNames.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({
            "Sołec Zdrój, Solec-Zdrój, true",
            "Miasto Nysa, Nysa, true",
            "m.st. Warszawa, Warszawa, true",
            "Kędzierzyn, Kędzierzyn-Koźle, true",
            "Gorzów Wlkp., Gorzów Wielkopolski, true",
            "Nysa, Prudnik, false",
            "Nysan, Nysa, false",
            "Gorzów Wkp., Gorzów Wielkopolski, true",
            "Gorzów Wz., Gorzów Wielkopolski, false",
            "Gorzów Wlkp, Gorzów Wielkopolski, false"})
    void knowsVariantsOfAnOfficialName(String name, String officialName, boolean variant) {
        assertThat(PlaceNames.isVariantOf(name, officialName)).isEqualTo(variant);
    }
}
