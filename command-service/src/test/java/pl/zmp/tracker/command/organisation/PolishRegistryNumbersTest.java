package pl.zmp.tracker.command.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PolishRegistryNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"000331501", "123456785", "100000050", "12345678512347", "12345678512330"})
    void acceptsRegonWithGusCheckDigit(String regon) {
        assertThat(PolishRegistryNumbers.isValidRegon(regon)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000331502", "123456786", "100000051", "12345678512348", "12345678512331",
            "12345678", "1234567851234", "0003315010", "00033150a", " 000331501", ""})
    void rejectsRegonWithWrongCheckDigitOrLength(String regon) {
        assertThat(PolishRegistryNumbers.isValidRegon(regon)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000123456", "0000000001"})
    void acceptsKrsOfTenDigits(String krs) {
        assertThat(PolishRegistryNumbers.isValidKrs(krs)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000012345", "00001234567", "000012345a", ""})
    void rejectsKrsOfOtherShapes(String krs) {
        assertThat(PolishRegistryNumbers.isValidKrs(krs)).isFalse();
    }
}
