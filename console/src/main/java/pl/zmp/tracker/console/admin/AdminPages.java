package pl.zmp.tracker.console.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.console.api.ApiProblemException;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.ProblemMessages;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The admin's page: load the seed (command-service) and rebuild a read model (query-service), whose progress the
 * page polls while it runs. Both APIs refuse anyone but an admin; the console shows the page to admins only.
 */
@Controller
class AdminPages {

    static final String SEED_FORM = "seed";
    static final String REBUILD_FORM = "rebuild-";
    /** A read model's name as the query API lists them ({@code projects}, {@code municipalities}…). */
    private static final Pattern MODEL = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    private final TrackerApi api;
    private final ProblemMessages problems;

    AdminPages(TrackerApi api, ProblemMessages problems) {
        this.api = api;
        this.problems = problems;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("rebuilds", api.list("/api/admin/rebuilds", null));
        return "admin";
    }

    @PostMapping("/admin/seed")
    String loadSeed(RedirectAttributes next) {
        try {
            next.addFlashAttribute("seedReport", api.postCommandSide("/api/admin/seed"));
            next.addFlashAttribute("saved", SEED_FORM);
        } catch (ApiProblemException refused) {
            next.addFlashAttribute("problem", problems.describe(SEED_FORM, refused.problem(), Map.of()));
        }
        return "redirect:/admin#" + SEED_FORM;
    }

    @PostMapping("/admin/rebuilds/{model}")
    String rebuild(@PathVariable String model, RedirectAttributes next) {
        String form = REBUILD_FORM + readModel(model);
        try {
            api.postQuerySide("/api/admin/rebuilds/" + model);
            next.addFlashAttribute("saved", form);
        } catch (ApiProblemException refused) {
            next.addFlashAttribute("problem", problems.describe(form, refused.problem(), Map.of()));
        }
        return "redirect:/admin#" + form;
    }

    /** One read model's rebuild as it stands now: the page asks again every second while it runs (htmx). */
    @GetMapping("/admin/rebuilds/{model}")
    String progress(@PathVariable String model, Model page) {
        page.addAttribute("r", api.read("/api/admin/rebuilds/" + readModel(model), null));
        return "admin :: rebuild";
    }

    static String readModel(String model) {
        if (!MODEL.matcher(model).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return model;
    }
}
