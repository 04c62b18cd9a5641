package pl.zmp.tracker.console.project;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.Ids;

import java.util.List;
import java.util.Map;

/**
 * The coordinator's pages: the project catalogue with the form that registers a project, and each project with
 * a form for every command on it (status, financing, the declared co-financing rate, budget lines, partners and
 * municipalities with their withdrawals, milestones, indicators, trainings, publications, exhibitions,
 * recruitments), each carrying the project's version as If-Match. {@code at} is the position of the write just
 * made: the page is read once the query side has it.
 */
@Controller
class ProjectPages {

    static final List<String> STATUSES = List.of("PIPELINE", "IMPLEMENTATION", "FINALISATION", "SUSPENDED",
            "CLOSED", "CANCELLED");
    static final List<String> FINANCING_ITEMS = List.of("TOTAL_VALUE", "GRANT", "EU_FUNDS", "OWN_CONTRIBUTION",
            "CONSORTIUM_SHARE", "ZMP_SHARE", "PER_PARTICIPANT_ANNUAL_BUDGET");
    static final List<String> APPROXIMATIONS = List.of("EXACT", "ABOUT", "ALMOST", "ABOVE");
    static final List<String> PARTNER_ROLES = List.of("PARTNER", "LEAD", "FUNDING", "ACCOUNTABLE", "EXTENDING",
            "IMPLEMENTING");
    static final List<String> PARTICIPANT_ROLES = List.of("PARTICIPATING_PLACE", "TRAINING_HOST", "NETWORK_MEMBER",
            "NETWORK_LEAD", "CONTRIBUTOR", "EXHIBITION_HOST", "PARTNER_CITY");
    static final List<String> ORGANISATION_KINDS = List.of("ASSOCIATION", "MUNICIPAL_BODY", "PUBLIC_INSTITUTION",
            "REGIONAL_GOVERNMENT", "MINISTRY", "AGENCY", "FOUNDATION", "COMPANY", "OTHER");
    static final List<String> CURRENCIES = List.of("PLN", "EUR", "CHF", "NOK", "USD");

    private final TrackerApi api;

    ProjectPages(TrackerApi api) {
        this.api = api;
    }

    /**
     * Where a user lands: the catalogue for those who may read it, else the audit log for auditors and the
     * administration for admins.
     */
    @GetMapping("/")
    String home(org.springframework.security.core.Authentication user) {
        if (holds(user, "ROLE_VIEWER")) {
            return "redirect:/projects";
        }
        if (holds(user, "ROLE_AUDITOR")) {
            return "redirect:/audit";
        }
        return holds(user, "ROLE_ADMIN") ? "redirect:/admin" : "redirect:/projects";
    }

    private static boolean holds(org.springframework.security.core.Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(role));
    }

    @GetMapping("/projects")
    String catalogue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(required = false) Long at, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/projects")
                .queryParam("page", Math.max(page, 0)).queryParam("size", 20).queryParam("sort", "title");
        if (status != null && STATUSES.contains(status)) {
            query.queryParam("status", status);
        }
        model.addAttribute("projects", api.page(query.build().encode().toUriString(), at));
        model.addAttribute("organisations", api.list("/api/organisations", at));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", status);
        model.addAttribute("page", Math.max(page, 0));
        return "projects";
    }

    @GetMapping("/projects/{projectId}")
    String project(@PathVariable String projectId, @RequestParam(required = false) Long at, Model model) {
        Map<String, Object> project = api.read("/api/projects/" + Ids.uuid(projectId), at);
        List<Map<String, Object>> recruitments = api.list("/api/recruitments", at).stream()
                .filter(recruitment -> projectId.equals(recruitment.get("projectId"))).toList();
        model.addAttribute("project", project);
        model.addAttribute("recruitments", recruitments);
        model.addAttribute("organisations", api.list("/api/organisations", at));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("financingItems", FINANCING_ITEMS);
        model.addAttribute("approximations", APPROXIMATIONS);
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("partnerRoles", PARTNER_ROLES);
        model.addAttribute("organisationKinds", ORGANISATION_KINDS);
        model.addAttribute("participantRoles", PARTICIPANT_ROLES);
        return "project";
    }
}
