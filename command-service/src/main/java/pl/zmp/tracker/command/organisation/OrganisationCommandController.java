package pl.zmp.tracker.command.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.command.axon.CommandReceipt;
import pl.zmp.tracker.command.web.CommandResponses;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Partner organisations that take part in projects")
class OrganisationCommandController {

    private final CommandDispatcher dispatcher;

    OrganisationCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register an organisation",
            description = "201 with its id, version and the global position of its event; 409 DUPLICATE_KRS if "
                    + "another organisation has its KRS number; 422 NAME_REQUIRED, KIND_REQUIRED, COUNTRY_REQUIRED, "
                    + "INVALID_KRS, INVALID_REGON (wrong check digit)")
    ResponseEntity<CommandReceipt> register(@Valid @RequestBody RegisterOrganisationRequest request,
                                            @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created("/api/organisations", dispatcher.dispatch(request.toCommand(), options));
    }
}
