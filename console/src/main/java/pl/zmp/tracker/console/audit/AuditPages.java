package pl.zmp.tracker.console.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.ApiProblemException;
import pl.zmp.tracker.console.api.TrackerApi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The auditor's read-only views: the event log with its filters, one aggregate's timeline, its state at a
 * version or a date and the difference between two versions, verify and seal with their results, exports.
 */
@Controller
class AuditPages {

    /** As the APIs name them: lower case, in paths, parameters and answers alike. */
    static final List<String> AGGREGATE_TYPES = List.of("project", "organisation", "municipality", "recruitment",
            "exhibition");
    private static final Set<String> FILTERS = Set.of("actor", "correlationId", "eventType", "aggregateType",
            "aggregateId", "from", "to");
    /** A day chosen in a date field is a day in Warsaw, as business dates are. */
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final TrackerApi api;
    /** The state as an auditor reads it: the API's JSON, indented. */
    private final ObjectWriter indentedJson;

    AuditPages(TrackerApi api, ObjectMapper json) {
        this.api = api;
        this.indentedJson = json.writerWithDefaultPrettyPrinter();
    }

    @GetMapping("/audit")
    String events(@RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        Map<String, String> filters = filters(parameters);
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/audit/events")
                .queryParam("page", Math.max(page, 0)).queryParam("size", 50);
        apiFilters(filters).forEach(query::queryParam);
        model.addAttribute("events", api.page(query.build().encode().toUriString(), null));
        model.addAttribute("filters", filters);
        model.addAttribute("aggregateTypes", AGGREGATE_TYPES);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("filterQuery", filterQuery(filters));
        return "audit-events";
    }

    @GetMapping("/audit/aggregates/{aggregateId}")
    String timeline(@PathVariable String aggregateId, @RequestParam(required = false) String type,
                    @RequestParam(required = false) Long version, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                    @RequestParam(required = false) String eventTypes, Model model) throws JsonProcessingException {
        String id = safeId(aggregateId);
        List<Map<String, Object>> events = api.list("/api/audit/aggregates/" + id + "/events?size=500", null);
        if (eventTypes != null && !eventTypes.isBlank()) {
            // lineage: only the events that produce one figure
            Set<String> wanted = Set.of(eventTypes.split(","));
            events = events.stream().filter(event -> wanted.contains(String.valueOf(event.get("eventType")))).toList();
            model.addAttribute("lineage", eventTypes);
        }
        String aggregateType = type != null ? type : events.isEmpty() ? null
                : String.valueOf(api.list("/api/audit/aggregates/" + id + "/events?size=1", null).get(0)
                .get("aggregateType"));
        model.addAttribute("aggregateId", id);
        model.addAttribute("aggregateType", aggregateType);
        model.addAttribute("events", events);
        if (aggregateType != null && AGGREGATE_TYPES.contains(aggregateType)) {
            String statePath = "/api/audit/aggregates/" + aggregateType + "/" + id + "/state";
            if (version != null || (asOf != null && !asOf.isBlank())) {
                String at = version != null ? "?version=" + version
                        : UriComponentsBuilder.fromPath("").queryParam("asOf", asOf.strip()).build().encode().toUriString();
                model.addAttribute("state", indentedJson.writeValueAsString(api.readCommandSide(statePath + at)));
                model.addAttribute("version", version);
                model.addAttribute("asOf", asOf);
            }
            if (from != null && to != null) {
                Map<String, Object> before = api.readCommandSide(statePath + "?version=" + from);
                Map<String, Object> after = api.readCommandSide(statePath + "?version=" + to);
                model.addAttribute("diff", diff(flatten("", before), flatten("", after)));
                model.addAttribute("from", from);
                model.addAttribute("to", to);
            }
        }
        return "audit-timeline";
    }

    @GetMapping("/audit/verify")
    String verify(@RequestParam(required = false) String aggregateId, Model model) {
        String path = aggregateId == null || aggregateId.isBlank() ? "/api/audit/verify"
                : "/api/audit/verify?aggregateId=" + safeId(aggregateId);
        model.addAttribute("verification", api.readCommandSide(path));
        return "audit-verify";
    }

    @PostMapping("/audit/seal")
    String seal(RedirectAttributes next) {
        next.addFlashAttribute("seal", api.postCommandSide("/api/audit/seal"));
        return "redirect:/audit/verify";
    }

    @GetMapping("/audit/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> parameters,
                                  @RequestParam(defaultValue = "csv") String format) {
        String chosen = "ndjson".equals(format) ? "ndjson" : "csv";
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/audit/events/export")
                .queryParam("format", chosen);
        apiFilters(filters(parameters)).forEach(query::queryParam);
        TrackerApi.Download file = api.download(query.build().encode().toUriString());
        return ResponseEntity.ok().contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log." + chosen).build().toString())
                .body(file.body());
    }

    private static Map<String, String> filters(Map<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (FILTERS.contains(name) && value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        });
        return filters;
    }

    /**
     * The filters as the API takes them: the days chosen in the date fields become moments, from the start of the
     * first day to the end of the last (both in Warsaw); a moment given in full goes as it is, for the API to judge.
     */
    static Map<String, String> apiFilters(Map<String, String> filters) {
        Map<String, String> api = new LinkedHashMap<>(filters);
        api.computeIfPresent("from", (name, day) -> startOfDay(day, 0));
        api.computeIfPresent("to", (name, day) -> startOfDay(day, 1));
        return api;
    }

    private static String startOfDay(String day, int daysLater) {
        try {
            // in UTC: a '+' of an offset would read as a space in the query string
            return LocalDate.parse(day).plusDays(daysLater).atStartOfDay(WARSAW).toInstant().toString();
        } catch (DateTimeParseException notADay) {
            return day;
        }
    }

    /** The chosen filters as the rest of a query string ({@code &actor=…}), for exports and the pager. */
    private static String filterQuery(Map<String, String> filters) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("");
        filters.forEach(query::queryParam);
        String built = query.build().encode().toUriString();
        return built.startsWith("?") ? "&" + built.substring(1) : built;
    }

    private static String safeId(String id) {
        if (!id.matches("[\\w\\-]{1,100}")) {
            throw new ApiProblemException(new pl.zmp.tracker.console.api.ApiProblem(404, "NOT_FOUND", "no such id",
                    List.of()));
        }
        return id;
    }

    /** Every leaf of a JSON document by its path ({@code financing[0].amount}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> flatten(String prefix, Object value) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, inner) ->
                    leaves.putAll(flatten(prefix.isEmpty() ? key : prefix + "." + key, inner)));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves.putAll(flatten(prefix + "[" + i + "]", list.get(i)));
            }
        } else {
            leaves.put(prefix, value);
        }
        return leaves;
    }

    /** The leaves that differ between two states: path, before, after (null where absent). */
    static List<List<Object>> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream()
                .filter(path -> !java.util.Objects.equals(before.get(path), after.get(path)))
                .map(path -> java.util.Arrays.asList((Object) path, before.get(path), after.get(path)))
                .toList();
    }
}
