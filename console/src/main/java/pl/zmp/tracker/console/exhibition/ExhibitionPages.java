package pl.zmp.tracker.console.exhibition;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.Ids;

/** One exhibition: its showings with reschedule and cancel, and the form that records a showing. */
@Controller
class ExhibitionPages {

    private final TrackerApi api;

    ExhibitionPages(TrackerApi api) {
        this.api = api;
    }

    @GetMapping("/exhibitions/{exhibitionId}")
    String exhibition(@PathVariable String exhibitionId, @RequestParam(required = false) Long at, Model model) {
        Ids.uuid(exhibitionId);
        model.addAttribute("exhibition", api.read("/api/exhibitions/" + exhibitionId, at));
        return "exhibition";
    }
}
