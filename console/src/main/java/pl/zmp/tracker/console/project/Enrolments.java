package pl.zmp.tracker.console.project;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.ApiProblem;
import pl.zmp.tracker.console.api.CommandOutcome;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.Ids;
import pl.zmp.tracker.console.web.ProblemMessages;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolling a municipality by typing its name: suggestions from the TERC register (the query API's
 * {@code /api/terc}, which ignores case and diacritics), the chosen code registered as a municipality when the
 * tracker does not know it yet, then enrolled. A typed name that contradicts the chosen code is warned about,
 * and nothing is sent until the user confirms. The enrolment carries the project's version the page showed.
 */
@Controller
class Enrolments {

    static final String FORM = "enrol";

    private final TrackerApi api;
    private final ProblemMessages problems;

    Enrolments(TrackerApi api, ProblemMessages problems) {
        this.api = api;
        this.problems = problems;
    }

    /** The suggestions for what was typed so far (an htmx fragment). */
    @GetMapping("/terc")
    String suggestions(@RequestParam(defaultValue = "") String name, Model model) {
        String typed = name.strip();
        model.addAttribute("matches", typed.length() < 2 || typed.length() > 100 ? List.of()
                : api.list(UriComponentsBuilder.fromPath("/api/terc").queryParam("q", typed).queryParam("size", 8)
                .build().encode().toUriString(), null));
        return "terc :: suggestions";
    }

    @PostMapping("/projects/{projectId}/enrolments")
    String enrol(@PathVariable String projectId, @RequestParam(defaultValue = "") String name,
                 @RequestParam(defaultValue = "") String tercCode, @RequestParam(defaultValue = "PARTICIPATING_PLACE") String role,
                 @RequestParam(required = false) String confirmName, @RequestParam("_idempotencyKey") String key,
                 @RequestParam(name = "_version", required = false) Long version, RedirectAttributes next) {
        String page = "/projects/" + Ids.uuid(projectId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("tercCode", tercCode);
        values.put("role", role);
        if (!tercCode.strip().matches("\\d{7}")) {
            return refused(next, page, new ApiProblem(400, null, "", List.of(
                    new ApiProblem.FieldReason("tercCode", "choose a suggestion"))), values);
        }
        Optional<Map<String, Object>> unit = api.list(UriComponentsBuilder.fromPath("/api/terc")
                        .queryParam("q", name.isBlank() ? tercCode : name.strip()).queryParam("size", 50)
                        .build().encode().toUriString(), null).stream()
                .filter(match -> tercCode.strip().equals(match.get("code"))).findFirst();
        if (unit.isEmpty() || (!name.isBlank() && !sameName(name, String.valueOf(unit.get().get("officialName"))))) {
            if (confirmName == null) {
                values.put("mismatch", "true");
                return refused(next, page, new ApiProblem(400, null, "", List.of(
                        new ApiProblem.FieldReason("name", "does not match the chosen code"))), values);
            }
        }
        String municipalityId = known(tercCode.strip());
        if (municipalityId == null) {
            if (unit.isEmpty()) {
                return refused(next, page, new ApiProblem(400, null, "", List.of(
                        new ApiProblem.FieldReason("tercCode", "choose a suggestion"))), values);
            }
            Map<String, Object> register = new LinkedHashMap<>();
            register.put("name", unit.get().get("officialName"));
            register.put("kind", unit.get().get("kind"));
            register.put("tercCode", tercCode.strip());
            CommandOutcome registered = api.send("/api/municipalities", register, key + "-register", null);
            if (registered instanceof CommandOutcome.Refused refusal) {
                return refused(next, page, refusal.problem(), values);
            }
            municipalityId = ((CommandOutcome.Stored) registered).aggregateId();
        }
        CommandOutcome enrolled = api.send("/api/projects/" + projectId + "/participants",
                Map.of("municipalityId", municipalityId, "role", role), key, version);
        if (enrolled instanceof CommandOutcome.Stored stored) {
            next.addFlashAttribute("saved", FORM);
            return "redirect:" + page + "?at=" + stored.globalPosition() + "#" + FORM;
        }
        return refused(next, page, ((CommandOutcome.Refused) enrolled).problem(), values);
    }

    /** The tracker's municipality with this TERC code, if it has one. */
    private String known(String tercCode) {
        return api.listAll("/api/municipalities").stream()
                .filter(municipality -> tercCode.equals(municipality.get("tercCode")))
                .map(municipality -> String.valueOf(municipality.get("id")))
                .findFirst().orElse(null);
    }

    private String refused(RedirectAttributes next, String page, ApiProblem problem, Map<String, String> values) {
        next.addFlashAttribute("problem", problems.describe(FORM, problem, values));
        return "redirect:" + page + "#" + FORM;
    }

    /** Names compared as the TERC lookup compares them: without case, diacritics, hyphens or spaces. */
    static boolean sameName(String typed, String official) {
        return fold(typed).equals(fold(official));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[\\s\\-]+", "").toLowerCase(Locale.ROOT);
    }
}
