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

import java.time.Instant;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard", description = "Statistics, and their live stream")
class DashboardController {

    private final LiveDashboard live;
    private final HistoricStatistics history;

    DashboardController(LiveDashboard live, HistoricStatistics history) {
        this.live = live;
        this.history = history;
    }

    @GetMapping("/statistics")
    @Operation(summary = "The dashboard statistics", description = "Projects by status, municipalities and partners "
            + "involved, value by year and currency (never summed across currencies), grant share, people trained, "
            + "outputs against targets; with the global position they reflect. With asOf: as they stood at that "
            + "moment, recomputed from the events recorded up to it")
    DashboardStatistics statistics(
            @Parameter(description = "an ISO-8601 instant, e.g. 2018-12-31T23:59:59Z")
            @RequestParam(required = false) Instant asOf) {
        return asOf == null ? live.current() : history.asOf(asOf);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live statistics (Server-Sent Events)",
            description = "Sends a 'statistics' event at once and again within a second of every change")
    SseEmitter stream() {
        return live.subscribe();
    }
}
