package pl.zmp.tracker.platform.teryt;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TercRegisterTest {

    private final TercRegister register = new TercRegister();

    @Test
    void holdsEveryUnitOfTheOfficialRegister() {
        assertThat(register.size()).isEqualTo(4332);
    }

    @Test
    void countsVoivodeshipsCountiesAndGminasAsGusDoes() {
        Map<Integer, Long> unitsByCodeLength = register.findAllCodes().stream()
                .collect(Collectors.groupingBy(code -> code.value().length(), Collectors.counting()));
        assertThat(unitsByCodeLength.get(2)).isEqualTo(16);
        assertThat(unitsByCodeLength.get(4)).isEqualTo(380);
        long gminas = register.findAllCodes().stream()
                .filter(code -> code.isGminaLevel() && "123".contains(code.value().substring(6)))
                .count();
        assertThat(gminas).isEqualTo(2477);
    }

    @Test
    void resolvesCodeToOfficialNameAndKind() {
        assertThat(register.find(new TercCode("1465011"))).hasValueSatisfying(unit -> {
            assertThat(unit.officialName()).isEqualTo("Warszawa");
            assertThat(unit.kind()).isEqualTo(MunicipalityKind.CITY);
            assertThat(unit.registerKind()).isEqualTo("gmina miejska, miasto stołeczne");
        });
        assertThat(register.find(new TercCode("2601052"))).map(TercUnit::officialName).hasValue("Solec-Zdrój");
        assertThat(register.find(new TercCode("1465"))).map(TercUnit::kind).hasValue(MunicipalityKind.COUNTY);
        assertThat(register.find(new TercCode("14"))).map(TercUnit::kind).hasValue(MunicipalityKind.VOIVODESHIP);
    }

    @Test
    void knowsNothingOfCodesOutsideTheRegister() {
        assertThat(register.find(new TercCode("9999999"))).isEmpty();
    }

    @Test
    void findsEveryUnitSharingAName() {
        Map<String, MunicipalityKind> sierpc = register.findByName("sierpc").stream()
                .collect(Collectors.toMap(unit -> unit.code().value(), TercUnit::kind));
        assertThat(sierpc).containsEntry("1427011", MunicipalityKind.CITY)
                .containsEntry("1427052", MunicipalityKind.RURAL_GMINA);
        assertThat(register.findByName("Solec Zdrój")).isEmpty();
        assertThat(register.findByName("Solec-Zdrój")).map(unit -> unit.code().value()).contains("2601052");
    }

}
