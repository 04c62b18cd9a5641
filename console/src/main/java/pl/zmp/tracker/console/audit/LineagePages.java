package pl.zmp.tracker.console.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.TrackerApi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Where does this figure come from?": the events that produced a dashboard figure or one project's share of it,
 * as the audit API's lineage names them, each with what it adds to the figure.
 */
@Controller
class LineagePages {

    /** The figures the audit API traces, as it names them. */
    static final List<String> FIGURES = List.of("projects", "municipalities", "partners", "total-value",
            "people-trained");

    private final TrackerApi api;

    LineagePages(TrackerApi api) {
        this.api = api;
    }

    @GetMapping("/lineage")
    String lineage(@RequestParam String figure, @RequestParam(required = false) String projectId,
                   @RequestParam(required = false) String currency, @RequestParam(required = false) String asOf,
                   Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/audit/lineage").queryParam("figure", figure);
        given(projectId).ifPresent(id -> query.queryParam("projectId", id));
        given(currency).ifPresent(code -> query.queryParam("currency", code));
        given(asOf).ifPresent(day -> query.queryParam("asOf", day));
        Map<String, Object> lineage = api.read(query.build().encode().toUriString(), null);
        Map<String, String> names = names(figure);
        List<Map<String, Object>> events = events(lineage);
        model.addAttribute("lineage", lineage);
        model.addAttribute("figure", figure);
        model.addAttribute("asOf", given(asOf).orElse(null));
        model.addAttribute("projectTitle", projectId == null ? null : names.get(projectId));
        model.addAttribute("rows", events.stream().map(event -> new Row(event,
                names.get(String.valueOf(event.get("aggregateId"))), contribution(figure, payload(event), names)))
                .toList());
        return "lineage";
    }

    /** One event of the lineage: the event as the API answers it, its project's title, what it adds. */
    record Row(Map<String, Object> event, String projectTitle, String contribution) {
    }

    /**
     * What one event adds to the figure, in words an auditor compares with it: the amount or count it states, or
     * the project, municipality or organisation it counts.
     */
    static String contribution(String figure, Map<String, Object> payload, Map<String, String> names) {
        return switch (figure) {
            case "projects" -> String.valueOf(payload.get("title"));
            case "municipalities" -> nameOf(payload.get("municipalityId"), names) + " · " + payload.get("role");
            case "partners" -> nameOf(payload.get("organisationId"), names) + " · " + payload.get("role");
            case "total-value" -> payload.get("amount") instanceof Map<?, ?> amount
                    ? money(amount.get("amount")) + " " + amount.get("currency") : "–";
            case "people-trained" -> count(payload.get("value")) + " (" + payload.get("asOf") + ")";
            default -> "–";
        };
    }

    /** An amount with its grosze (cents), never in scientific notation. */
    private static String money(Object amount) {
        if (!(amount instanceof Number)) {
            return String.valueOf(amount);
        }
        BigDecimal exact = new BigDecimal(amount.toString());
        return exact.setScale(Math.max(2, exact.scale())).toPlainString();
    }

    /** A count without a fraction it does not have, never in scientific notation. */
    private static String count(Object value) {
        return value instanceof Number ? new BigDecimal(value.toString()).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private static String nameOf(Object id, Map<String, String> names) {
        return names.getOrDefault(String.valueOf(id), String.valueOf(id));
    }

    /** Names of the projects, and of the municipalities or organisations the figure counts, by id. */
    private Map<String, String> names(String figure) {
        Map<String, String> names = new HashMap<>();
        List<String> lists = switch (figure) {
            case "municipalities" -> List.of("/api/projects", "/api/municipalities");
            case "partners" -> List.of("/api/projects", "/api/organisations");
            default -> List.of("/api/projects");
        };
        for (String list : lists) {
            api.listAll(list).forEach(item -> names.put(String.valueOf(item.get("id")),
                    String.valueOf(Objects.requireNonNullElse(item.get("title"), item.get("name")))));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> lineage) {
        return lineage.get("events") instanceof List<?> events ? (List<Map<String, Object>>) events : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> event) {
        return event.get("payload") instanceof Map<?, ?> payload ? (Map<String, Object>) payload : Map.of();
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
