package pl.zmp.tracker.console.municipality;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.Ids;

import java.util.List;

/**
 * Municipalities: the list with a search and the form that registers one by its TERC code (name suggestions from
 * the register), and each municipality's page with its projects and the forms that rename it, correct its codes
 * and record its ZMP membership.
 */
@Controller
class MunicipalityPages {

    static final List<String> KINDS = List.of("CITY", "URBAN_RURAL_GMINA", "RURAL_GMINA", "COUNTY", "VOIVODESHIP",
            "FOREIGN_MUNICIPALITY");
    /** The query API takes a search text of 1 to 200 characters. */
    private static final int LONGEST_SEARCH = 200;

    private final TrackerApi api;

    MunicipalityPages(TrackerApi api) {
        this.api = api;
    }

    @GetMapping("/municipalities")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Long at, Model model) {
        String search = search(q);
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/municipalities")
                .queryParam("page", Math.max(page, 0)).queryParam("size", 50);
        if (search != null) {
            query.queryParam("q", search);
        }
        model.addAttribute("municipalities", api.page(query.build().encode().toUriString(), at));
        model.addAttribute("q", search);
        model.addAttribute("page", Math.max(page, 0));
        return "municipalities";
    }

    @GetMapping("/municipalities/{municipalityId}")
    String municipality(@PathVariable String municipalityId, @RequestParam(required = false) Long at, Model model) {
        String path = "/api/municipalities/" + Ids.uuid(municipalityId);
        model.addAttribute("municipality", api.read(path, at));
        model.addAttribute("portfolio", api.read(path + "/portfolio", at));
        model.addAttribute("kinds", KINDS);
        return "municipality";
    }

    /** The search as the query API takes it: trimmed, at most 200 characters, none when blank. */
    static String search(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String search = q.strip();
        return search.length() > LONGEST_SEARCH ? search.substring(0, LONGEST_SEARCH) : search;
    }
}
