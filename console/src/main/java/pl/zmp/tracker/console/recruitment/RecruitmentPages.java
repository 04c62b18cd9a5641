package pl.zmp.tracker.console.recruitment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.Ids;

import java.util.Map;

/**
 * One recruitment: its applications with accept and reject, a form to record an application, closing, and
 * the places left, which the page refreshes on its own (htmx) while it is open.
 */
@Controller
class RecruitmentPages {

    private final TrackerApi api;

    RecruitmentPages(TrackerApi api) {
        this.api = api;
    }

    @GetMapping("/recruitments/{recruitmentId}")
    String recruitment(@PathVariable String recruitmentId, @RequestParam(required = false) Long at, Model model) {
        fill(recruitmentId, at, model);
        // every municipality to choose from, not the list's first page
        model.addAttribute("municipalities", api.listAll("/api/municipalities"));
        return "recruitment";
    }

    /** The live part: places left and the counts, drawn again every few seconds. */
    @GetMapping("/recruitments/{recruitmentId}/places")
    String places(@PathVariable String recruitmentId, Model model) {
        fill(recruitmentId, null, model);
        return "recruitment :: places";
    }

    private void fill(String recruitmentId, Long at, Model model) {
        Ids.uuid(recruitmentId);
        Map<String, Object> recruitment = api.read("/api/recruitments/" + recruitmentId, at);
        model.addAttribute("recruitment", recruitment);
    }
}
