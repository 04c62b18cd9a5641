package pl.zmp.tracker.console.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandFormsTest {

    @Test
    void dottedFieldsNestAndEmptyFieldsAreLeftOut() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("item", "GRANT");
        form.put("amount.amount", " 80000 ");
        form.put("amount.currency", "PLN");
        form.put("note", "");
        form.put("approximation", "   ");

        assertThat(CommandForms.body(form)).isEqualTo(Map.of("item", "GRANT",
                "amount", Map.of("amount", "80000", "currency", "PLN")));
    }

    @Test
    void aWarsawDateTimeIsSentWithItsOffset() {
        assertThat(CommandForms.body(Map.of("deadline@warsaw", "2026-01-15T23:59")))
                .isEqualTo(Map.of("deadline", "2026-01-15T23:59+01:00"));
        assertThat(CommandForms.body(Map.of("deadline@warsaw", "2026-07-15T12:00")))
                .isEqualTo(Map.of("deadline", "2026-07-15T12:00+02:00"));
    }

    @Test
    void aWarsawDateTimeThatIsNoDateTimeIsRefusedNamingItsField() {
        assertThatThrownBy(() -> CommandForms.body(Map.of("deadline@warsaw", "jutro")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("deadline");
    }
}
