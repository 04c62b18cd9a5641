package pl.zmp.tracker.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.console.api.ApiProblem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Says an API refusal in the user's language, at the field it concerns: a 400 names its fields itself; a
 * refusal by code (422/409) is placed at the field the code is about ({@code problem.CODE.field} in the
 * message bundle), or over the whole form when it is about no single field.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public FormProblem describe(String form, ApiProblem problem, Map<String, String> values) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> fields = new LinkedHashMap<>();
        String message = null;
        for (ApiProblem.FieldReason reason : problem.fields()) {
            String text = reason(reason.reason(), locale);
            if (reason.field() == null) {
                message = text;
            } else {
                fields.merge(formField(reason.field(), values), text, (first, second) -> first + "; " + second);
            }
        }
        if (problem.code() != null) {
            String text = messages.getMessage("problem." + problem.code(), null, null, locale);
            if (text == null) {
                text = messages.getMessage("problem.unknown", new Object[] {problem.detail()}, locale);
            }
            String field = messages.getMessage("problem." + problem.code() + ".field", null, null, Locale.ROOT);
            if (field != null && values.containsKey(formField(field, values))) {
                fields.put(formField(field, values), text);
            } else {
                message = text;
            }
        } else if (fields.isEmpty() && message == null) {
            message = messages.getMessage("problem.status." + problem.status(), null, null, locale);
            if (message == null) {
                message = messages.getMessage("problem.unknown", new Object[] {problem.detail()}, locale);
            }
        }
        if (message == null && !fields.isEmpty()) {
            message = messages.getMessage("problem.fields", null, locale);
        }
        return new FormProblem(form, fields, message, problem.staleVersion(), problem.status(), problem.code(),
                values);
    }

    /**
     * The form's name for a field the API names: a moment typed as a local date-time in Warsaw is the field
     * {@code deadline@warsaw} in the form and {@code deadline} in the API.
     */
    static String formField(String apiField, Map<String, String> values) {
        String warsaw = apiField + CommandForms.WARSAW_SUFFIX;
        return !values.containsKey(apiField) && values.containsKey(warsaw) ? warsaw : apiField;
    }

    /** The message for a read the API refused (403, 404, 503…). */
    public String forRead(ApiProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage("problem.status." + problem.status(), null, null, locale);
        return text != null ? text : messages.getMessage("problem.unknown", new Object[] {problem.detail()}, locale);
    }

    /** The validation reasons the APIs give, in the user's language; any other one as the API said it. */
    private String reason(String reason, Locale locale) {
        if (reason == null) {
            return messages.getMessage("reason.invalid", new Object[] {""}, locale);
        }
        String key = "reason." + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String text = messages.getMessage(key, null, null, locale);
        return text != null ? text : messages.getMessage("reason.invalid", new Object[] {reason}, locale);
    }
}
