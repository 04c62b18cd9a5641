package pl.zmp.tracker.console.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.zmp.tracker.console.api.ApiProblem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals of the APIs as the user reads them: at the field they name, in the user's language. */
class ProblemMessagesTest {

    private final ProblemMessages messages = new ProblemMessages(bundle());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aBadRequestIsShownAtEachFieldItNamesInPolish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        FormProblem problem = messages.describe("register", new ApiProblem(400, null, "title: must not be blank",
                List.of(new ApiProblem.FieldReason("title", "must not be blank"),
                        new ApiProblem.FieldReason("plannedPeriod.to", "must be after from"))), Map.of("title", ""));

        assertThat(problem.about("register")).isTrue();
        assertThat(problem.at("title")).isEqualTo("Pole jest wymagane.");
        assertThat(problem.at("plannedPeriod.to")).isEqualTo("Nieprawidłowa wartość (must be after from).");
        assertThat(problem.message()).isEqualTo("Popraw zaznaczone pola.");
        assertThat(problem.stale()).isFalse();
    }

    @Test
    void aRefusalByCodeGoesToTheFieldTheCodeIsAboutInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormProblem problem = messages.describe("status", new ApiProblem(422, "ILLEGAL_STATUS_TRANSITION",
                "cannot move", List.of()), Map.of("status", "PIPELINE"));

        assertThat(problem.at("status")).isEqualTo("The project cannot move from its current status to this one.");
        assertThat(problem.message()).isEqualTo("Correct the marked fields.");
    }

    @Test
    void aRefusalAboutNoFieldOfTheFormIsShownOverTheForm() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        FormProblem problem = messages.describe("accept-1", new ApiProblem(422, "NO_PLACES_LEFT", "none left",
                List.of()), Map.of());

        assertThat(problem.fields()).isEmpty();
        assertThat(problem.message()).isEqualTo("Brak wolnych miejsc w naborze.");
    }

    @Test
    void anUnknownCodeSaysWhatTheApiSaid() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        FormProblem problem = messages.describe("x", new ApiProblem(422, "SOMETHING_NEW", "a new rule", List.of()),
                Map.of());

        assertThat(problem.message()).isEqualTo("Odmowa: a new rule");
    }

    @Test
    void aStaleVersionIsMarkedSoThePageOffersToReload() {
        FormProblem problem = messages.describe("status", new ApiProblem(409, "STALE_VERSION", "changed", List.of()),
                Map.of());

        assertThat(problem.stale()).isTrue();
    }

    @Test
    void aForbiddenCommandSaysTheAccountMayNotDoIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        FormProblem problem = messages.describe("register", new ApiProblem(403, null, "Forbidden", List.of()),
                Map.of());

        assertThat(problem.message()).isEqualTo("Twoje konto nie ma uprawnień do tej czynności.");
        assertThat(messages.forRead(new ApiProblem(404, null, "no", List.of())))
                .startsWith("Nie ma takiego obiektu");
    }

    @Test
    void aMomentTypedInWarsawTimeIsRefusedAtTheFieldTheFormCallsIt() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Map<String, String> typed = Map.of("deadline@warsaw", "2026-01-01T12:00");

        FormProblem byCode = messages.describe("deadline", new ApiProblem(422, "DEADLINE_NOT_LATER", "earlier",
                List.of()), typed);
        FormProblem byField = messages.describe("deadline", new ApiProblem(400, null, "deadline: must not be null",
                List.of(new ApiProblem.FieldReason("deadline", "must not be null"))), typed);

        assertThat(byCode.fields()).containsOnlyKeys("deadline@warsaw");
        assertThat(byCode.at("deadline@warsaw")).isEqualTo("The new deadline must be later than the current one.");
        assertThat(byField.at("deadline@warsaw")).isEqualTo("This field is required.");
    }

    @Test
    void aRefusalOfTheRegisterIsShownAtTheFieldItConcernsInBothLanguages() {
        Map<String, String> typed = Map.of("name", "Nysa", "tercCode", "1610044");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        assertThat(messages.describe("municipality", new ApiProblem(422, "NAME_CONTRADICTS_REGISTER", "other name",
                List.of()), typed).at("name")).startsWith("Rejestr TERC podaje pod tym kodem inną nazwę");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(messages.describe("codes", new ApiProblem(409, "DUPLICATE_CODE", "taken", List.of()), typed)
                .at("tercCode")).isEqualTo("A municipality with this code is registered already.");
    }

    @Test
    void aRowFormsInputIsKeptForThatRowOnly() {
        FormProblem problem = messages.describe("achieve-m1", new ApiProblem(409, "STALE_VERSION", "changed",
                List.of()), Map.of("achievedOn", "2026-03-02"));

        assertThat(problem.valueFor("achieve-m1", "achievedOn")).isEqualTo("2026-03-02");
        assertThat(problem.valueFor("achieve-m2", "achievedOn")).isNull();
        assertThat(problem.invalid("achieve-m1", "achievedOn")).isFalse();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
