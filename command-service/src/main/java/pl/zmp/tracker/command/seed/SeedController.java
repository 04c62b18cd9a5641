package pl.zmp.tracker.command.seed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/seed")
@Tag(name = "Administration")
class SeedController {

    private final SeedLoader loader;
    private final SeedProperties properties;

    SeedController(SeedLoader loader, SeedProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Load the bundled seed (ZMP's projects from the source document)",
            description = "Sends every seed command through the command gateway; loading again changes nothing")
    SeedReport load() {
        return loader.load(properties.location());
    }
}
