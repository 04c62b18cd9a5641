package pl.zmp.tracker.command.exhibition;

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
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.ExhibitionId;

@RestController
@RequestMapping("/api/exhibitions")
@Tag(name = "Exhibitions", description = "Exhibitions of projects and their showings at venues")
class ExhibitionCommandController {

    private final CommandDispatcher dispatcher;

    ExhibitionCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register an exhibition of a project",
            description = "201 with its id, version and global position. 422 UNKNOWN_PROJECT, TITLE_REQUIRED")
    ResponseEntity<CommandReceipt> register(@Valid @RequestBody RegisterExhibitionRequest request,
                                            @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created("/api/exhibitions", dispatcher.dispatch(request.toCommand(), options));
    }

    @PostMapping("/{exhibitionId}/showings")
    @Operation(summary = "Record a showing at a venue; showings at different venues may overlap",
            description = "409 SHOWING_ALREADY_RECORDED, VENUE_DOUBLE_BOOKED (the venue hosts another showing "
                    + "on one of these days)")
    ResponseEntity<CommandReceipt> recordShowing(@PathVariable ExhibitionId exhibitionId,
                                                 @Valid @RequestBody RecordShowingRequest request,
                                                 @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(exhibitionId), options));
    }

    @PostMapping("/{exhibitionId}/showings/{showingCode}/reschedule")
    @Operation(summary = "Move a showing to other dates (the same dates change nothing)",
            description = "409 VENUE_DOUBLE_BOOKED; 422 UNKNOWN_SHOWING, SHOWING_CANCELLED")
    ResponseEntity<CommandReceipt> reschedule(@PathVariable ExhibitionId exhibitionId,
                                              @PathVariable String showingCode,
                                              @Valid @RequestBody RescheduleShowingRequest request,
                                              @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(
                request.toCommand(exhibitionId, requireShowingCode(showingCode)), options));
    }

    @PostMapping("/{exhibitionId}/showings/{showingCode}/cancellation")
    @Operation(summary = "Cancel a showing, giving the reason; its venue dates become free",
            description = "409 SHOWING_ALREADY_CANCELLED; 422 UNKNOWN_SHOWING, REASON_REQUIRED")
    ResponseEntity<CommandReceipt> cancel(@PathVariable ExhibitionId exhibitionId,
                                          @PathVariable String showingCode,
                                          @Valid @RequestBody CancelShowingRequest request,
                                          @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(
                request.toCommand(exhibitionId, requireShowingCode(showingCode)), options));
    }

    /**
     * Checked here rather than by a constraint on the path variable: such a constraint would switch on
     * method validation, which reports body errors under the parameter's name instead of the field's.
     */
    private static String requireShowingCode(String showingCode) {
        if (!showingCode.matches(RecordShowingRequest.CODE)) {
            throw new InvalidFieldException("showingCode",
                    "must be 1 to 60 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
        return showingCode;
    }
}
