package pl.zmp.tracker.console.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.zmp.tracker.console.api.TrackerApi;

import java.util.Map;

/**
 * The dashboard's figures in the console, now or as they stood at the end of a chosen day, each (for auditors) one
 * click from the events that produced it. Now: the live statistics; on a past day: the snapshot of that day, which
 * also lists each project with its status then.
 */
@Controller
class DashboardPages {

    private final TrackerApi api;

    DashboardPages(TrackerApi api) {
        this.api = api;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String asOf, Model model) {
        String day = asOf == null || asOf.isBlank() ? null : asOf.strip();
        if (day == null) {
            model.addAttribute("statistics", api.read("/api/dashboard/statistics", null));
        } else {
            Map<String, Object> snapshot = api.read(UriComponentsBuilder.fromPath("/api/dashboard/snapshot")
                    .queryParam("asOf", day).build().encode().toUriString(), null);
            model.addAttribute("statistics", snapshot.get("statistics"));
            model.addAttribute("projects", snapshot.get("projects"));
        }
        model.addAttribute("asOf", day);
        return "dashboard";
    }
}
