package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.command.axon.CommandReceipt;
import pl.zmp.tracker.command.web.CommandResponses;
import pl.zmp.tracker.values.MunicipalityId;

@RestController
@RequestMapping("/api/municipalities")
@Tag(name = "Municipalities", description = "Places that take part in projects")
class MunicipalityCommandController {

    private final CommandDispatcher dispatcher;

    MunicipalityCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register a municipality",
            description = "201 with its id, version and the global position of its event; 409 DUPLICATE_CODE if "
                    + "its code is taken; 422 NAME_REQUIRED, UNKNOWN_TERC_CODE, KIND_CONTRADICTS_REGISTER, "
                    + "COUNTRY_REQUIRED, TERC_CODE_REQUIRED, COUNTRY_CONTRADICTS_TERC_CODE")
    ResponseEntity<CommandReceipt> register(@Valid @RequestBody RegisterMunicipalityRequest request,
                                            @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created("/api/municipalities", dispatcher.dispatch(request.toCommand(), options));
    }

    @PostMapping("/{municipalityId}/name")
    @Operation(summary = "Rename a municipality",
            description = "200 with the receipt (the same name changes nothing); 422 NAME_REQUIRED")
    ResponseEntity<CommandReceipt> rename(@PathVariable MunicipalityId municipalityId,
                                          @Valid @RequestBody RenameMunicipalityRequest request,
                                          @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(municipalityId), options));
    }

    @PostMapping("/{municipalityId}/membership")
    @Operation(summary = "Record a municipality's ZMP membership",
            description = "200 with the receipt; a later statement supersedes the earlier one and the same statement "
                    + "changes nothing; 422 SINCE_REQUIRED, INVALID_PERIOD (until before since)")
    ResponseEntity<CommandReceipt> recordMembership(@PathVariable MunicipalityId municipalityId,
                                                    @Valid @RequestBody RecordZmpMembershipRequest request,
                                                    @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(municipalityId), options));
    }

    @PostMapping("/{municipalityId}/codes")
    @Operation(summary = "Correct a municipality's codes",
            description = "200 with the receipt (unchanged codes change nothing); 409 DUPLICATE_CODE if another "
                    + "municipality holds the code; 422 UNKNOWN_TERC_CODE, KIND_CONTRADICTS_REGISTER, "
                    + "COUNTRY_REQUIRED, TERC_CODE_REQUIRED, COUNTRY_CONTRADICTS_TERC_CODE")
    ResponseEntity<CommandReceipt> correctCodes(@PathVariable MunicipalityId municipalityId,
                                                @Valid @RequestBody CorrectMunicipalityCodesRequest request,
                                                @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(municipalityId), options));
    }
}
