package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.command.infra.CommandDispatcher;
import pl.zmp.tracker.command.infra.CommandOptions;
import pl.zmp.tracker.command.infra.CommandReceipt;
import pl.zmp.tracker.command.infra.CommandResponses;

@RestController
@RequestMapping("/api/municipalities")
@Tag(name = "Municipalities", description = "Places that take part in projects")
class MunicipalityCommandController {

    private final CommandDispatcher dispatcher;

    MunicipalityCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    @Operation(summary = "Register a municipality",
            description = "201 with its id, version and the global position of its event; 409 if its code is taken")
    ResponseEntity<CommandReceipt> register(@Valid @RequestBody RegisterMunicipalityRequest request,
                                            @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created("/api/municipalities", dispatcher.dispatch(request.toCommand(), options));
    }
}
