package pl.zmp.tracker.console.web;

import java.io.Serializable;
import java.util.Map;

/**
 * A refused form as the page shows it after the redirect: which form, the message at each field it names
 * (in the user's language), a message for the form as a whole, whether the refusal was a stale version,
 * and what the user had typed, so nothing is lost.
 */
public record FormProblem(String form, Map<String, String> fields, String message, boolean stale, int status,
                          String code, Map<String, String> values) implements Serializable {

    public boolean about(String formName) {
        return form != null && form.equals(formName);
    }

    public String at(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String value(String field) {
        return values.get(field);
    }

    /** What the user had typed into this field of this form, or nothing when the refusal was another form's. */
    public String valueFor(String formName, String field) {
        return about(formName) ? values.get(field) : null;
    }

    /** Whether this form's refusal names this field. */
    public boolean invalid(String formName, String field) {
        return about(formName) && has(field);
    }
}
