package pl.zmp.tracker.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.zmp.tracker.values.TimePoint;

import java.time.Instant;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard", description = "Statistics, and their live stream")
class DashboardController {

    static final String AS_OF = "business time: the world as it stood then (the facts that had happened by then); "
            + TimePoint.FORMAT + "; a date means the end of that day in Warsaw";
    static final String KNOWN_AT = "recording time: what the system had recorded by then; " + TimePoint.FORMAT;

    private final LiveDashboard live;
    private final HistoricStatistics history;

    DashboardController(LiveDashboard live, HistoricStatistics history) {
        this.live = live;
        this.history = history;
    }

    @GetMapping("/statistics")
    @Operation(summary = "The dashboard statistics", description = "Projects by status, municipalities and partners "
            + "involved, value by year and currency (never summed across currencies), grant share, people trained, "
            + "outputs against targets; with the global position they reflect. With asOf and/or knownAt: recomputed "
            + "from the facts that had happened by asOf, as recorded by knownAt (both may be combined: what the "
            + "system believed at knownAt about asOf)")
    DashboardStatistics statistics(
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt) {
        Instant happenedBy = HistoricStatistics.point("asOf", asOf);
        Instant recordedBy = HistoricStatistics.point("knownAt", knownAt);
        return happenedBy == null && recordedBy == null ? live.current() : history.at(happenedBy, recordedBy);
    }

    @GetMapping("/snapshot")
    @Operation(summary = "Every panel of the dashboard for a past date",
            description = "The statistics, the calls (OPEN, AWAITING_DECISION or CLOSED then), the showings (HELD, "
                    + "ON_NOW, SCHEDULED or CANCELLED then) and the projects with their status then. Without asOf "
                    + "and knownAt: as of now")
    DashboardSnapshot snapshot(
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt) {
        Instant happenedBy = HistoricStatistics.point("asOf", asOf);
        Instant recordedBy = HistoricStatistics.point("knownAt", knownAt);
        return history.snapshot(happenedBy == null && recordedBy == null ? Instant.now() : happenedBy, recordedBy);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live statistics (Server-Sent Events)",
            description = "Sends a 'statistics' event at once and again within a second of every change")
    SseEmitter stream() {
        return live.subscribe();
    }
}
