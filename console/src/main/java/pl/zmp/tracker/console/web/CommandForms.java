package pl.zmp.tracker.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.zmp.tracker.console.api.CommandOutcome;
import pl.zmp.tracker.console.api.TrackerApi;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every coordinator form posts here: {@code POST /c/<path>} sends the command {@code POST /api/<path>} of the
 * command API as the signed-in user, with the form's Idempotency-Key (made when the page was drawn, so a
 * double click stores once) and, where the form carries one, the version the page showed (If-Match). Then
 * Post/Redirect/Get: stored, the page is drawn again once the query side has caught up with the receipt's
 * position; refused, it is drawn with the refusal at the field it names and the user's input kept.
 * <p>
 * Field names are the API's own, dotted for nesting ({@code amount.currency}); an empty field is left out; a
 * field named {@code x@warsaw} is a local date-time in Warsaw, sent with its offset.
 */
@Controller
class CommandForms {

    static final String FORM = "_form";
    static final String RETURN_TO = "_returnTo";
    static final String IDEMPOTENCY_KEY = "_idempotencyKey";
    static final String VERSION = "_version";
    /** Where a refused form goes back to, when that is not where a stored one goes (a new aggregate's page). */
    static final String BACK_TO = "_backTo";
    private static final Set<String> CONTROL = Set.of(FORM, RETURN_TO, BACK_TO, IDEMPOTENCY_KEY, VERSION, "_csrf");
    static final String WARSAW_SUFFIX = "@warsaw";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** A page of this console, never another site. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?![/\\\\])[\\w\\-./{}]*(#[\\w-]+)?");
    private static final Pattern API_PATH = Pattern.compile("[\\w\\-./]+");

    private final TrackerApi api;
    private final ProblemMessages problems;

    CommandForms(TrackerApi api, ProblemMessages problems) {
        this.api = api;
        this.problems = problems;
    }

    @PostMapping("/c/**")
    String send(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
                RedirectAttributes next) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/c".length());
        String returnTo = form.getFirst(RETURN_TO);
        if (returnTo == null || !LOCAL_PAGE.matcher(returnTo).matches()) {
            returnTo = "/";
        }
        String formName = form.getFirst(FORM);
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, all) -> {
            if (!CONTROL.contains(name) && !all.isEmpty()) {
                values.put(name, all.get(0));
            }
        });
        if (!API_PATH.matcher(path).matches() || path.contains("..")) {
            return "redirect:/";
        }
        Long version = parseVersion(form.getFirst(VERSION));
        CommandOutcome outcome;
        try {
            outcome = api.send("/api" + path, body(values), form.getFirst(IDEMPOTENCY_KEY), version);
        } catch (IllegalArgumentException badDate) {
            outcome = new CommandOutcome.Refused(new pl.zmp.tracker.console.api.ApiProblem(400, null,
                    badDate.getMessage(), java.util.List.of(new pl.zmp.tracker.console.api.ApiProblem.FieldReason(
                            badDate.getMessage(), "must be a date and time"))));
        }
        String page = returnTo.split("#", 2)[0];
        String anchor = returnTo.contains("#") ? "#" + returnTo.split("#", 2)[1] : "";
        if (outcome instanceof CommandOutcome.Stored stored) {
            next.addFlashAttribute("saved", formName);
            String target = page.replace("{id}", stored.aggregateId() == null ? "" : stored.aggregateId());
            return "redirect:" + target + (target.contains("?") ? "&" : "?") + "at=" + stored.globalPosition() + anchor;
        }
        CommandOutcome.Refused refused = (CommandOutcome.Refused) outcome;
        next.addFlashAttribute("problem", problems.describe(formName, refused.problem(), values));
        String backTo = form.getFirst(BACK_TO);
        if (backTo != null && LOCAL_PAGE.matcher(backTo).matches() && !backTo.contains("{id}")) {
            return "redirect:" + backTo;
        }
        return "redirect:" + (page.contains("{id}") ? "/projects" : page) + anchor;
    }

    /** The form's fields as the command's JSON body: dotted names nest, empty fields are left out. */
    static Map<String, Object> body(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            String field = name;
            Object converted = value.strip();
            if (name.endsWith(WARSAW_SUFFIX)) {
                field = name.substring(0, name.length() - WARSAW_SUFFIX.length());
                try {
                    converted = LocalDateTime.parse(value.strip()).atZone(WARSAW).toOffsetDateTime().toString();
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(field, e);
                }
            }
            put(body, field.split("\\."), converted);
        });
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String[] path, Object value) {
        Map<String, Object> at = body;
        for (int i = 0; i < path.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(path[i], key -> new LinkedHashMap<String, Object>());
        }
        at.put(path[path.length - 1], value);
    }

    private static Long parseVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
