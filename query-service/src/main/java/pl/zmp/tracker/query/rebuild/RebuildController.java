package pl.zmp.tracker.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/rebuilds")
@Tag(name = "Administration", description = "Rebuilding read models without downtime")
class RebuildController {

    private final ReadModelRebuilds rebuilds;

    RebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Every read model with its last or running rebuild")
    List<RebuildProgress> all() {
        return rebuilds.models().stream().map(rebuilds::progressOf).toList();
    }

    @PostMapping("/{model}")
    @Operation(summary = "Rebuild a read model", description = "Replays the event store into a new collection while the "
            + "current one keeps serving, then swaps it in at once. 202 with progress; 404 unknown model; "
            + "409 REBUILD_RUNNING")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildProgress start(@PathVariable String model) {
        return rebuilds.start(model);
    }

    @GetMapping("/{model}")
    @Operation(summary = "Progress of a rebuild", description = "Position reached, head, percent, events per second, "
            + "seconds left; state RUNNING, SERVING (done) or NEVER_REBUILT")
    RebuildProgress progress(@PathVariable String model) {
        return rebuilds.progressOf(model);
    }
}
