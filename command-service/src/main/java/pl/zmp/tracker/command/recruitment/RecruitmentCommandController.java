package pl.zmp.tracker.command.recruitment;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.command.axon.CommandReceipt;
import pl.zmp.tracker.command.web.CommandResponses;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

@RestController
@RequestMapping("/api/recruitments")
@Tag(name = "Recruitments", description = "Calls for participants, one per project round, and the applications to them")
class RecruitmentCommandController {

    private static final String COLLECTION = "/api/recruitments";

    private final CommandDispatcher dispatcher;

    RecruitmentCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Open a recruitment for a round of a project",
            description = "201 with its id, version and global position. 409 ROUND_ALREADY_OPEN; "
                    + "422 UNKNOWN_PROJECT, INVALID_ROUND, INVALID_PLACES, TITLE_REQUIRED")
    ResponseEntity<CommandReceipt> open(@Valid @RequestBody OpenRecruitmentRequest request,
                                        @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created(COLLECTION, dispatcher.dispatch(request.toCommand(), options));
    }

    @PostMapping("/{recruitmentId}/applications")
    @Operation(summary = "Record a municipality's application",
            description = "409 ALREADY_APPLIED; 422 UNKNOWN_MUNICIPALITY, RECRUITMENT_CLOSED, DEADLINE_PASSED, "
                    + "SUBMITTED_IN_FUTURE, RECORDED_AFTER_DEADLINE once the deadline has passed (a late "
                    + "application is recorded with POST /late-applications)")
    ResponseEntity<CommandReceipt> apply(@PathVariable RecruitmentId recruitmentId,
                                         @Valid @RequestBody ApplyToRecruitmentRequest request,
                                         @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(recruitmentId), options));
    }

    @PostMapping("/{recruitmentId}/late-applications")
    @Operation(summary = "Record an application submitted by the deadline but recorded after it (ADMIN)",
            description = "The reason is kept in the event and shown in the audit log. 409 ALREADY_APPLIED; "
                    + "422 NOT_LATE while the deadline has not passed, DEADLINE_PASSED if it was submitted after "
                    + "the deadline, REASON_REQUIRED, UNKNOWN_MUNICIPALITY, RECRUITMENT_CLOSED, SUBMITTED_IN_FUTURE")
    ResponseEntity<CommandReceipt> recordLateApplication(@PathVariable RecruitmentId recruitmentId,
                                                         @Valid @RequestBody RecordLateApplicationRequest request,
                                                         @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(recruitmentId), options));
    }

    @PostMapping("/{recruitmentId}/applications/{municipalityId}/acceptance")
    @Operation(summary = "Accept an application: the municipality takes a place (also after closing)",
            description = "409 ALREADY_DECIDED; 422 NO_SUCH_APPLICATION, NO_PLACES_LEFT")
    ResponseEntity<CommandReceipt> accept(@PathVariable RecruitmentId recruitmentId,
                                          @PathVariable MunicipalityId municipalityId,
                                          @Parameter(description = OccurredOn.DESCRIPTION)
                                          @RequestParam(required = false) String occurredOn,
                                          @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(
                new AcceptApplication(recruitmentId, municipalityId, OccurredOn.parse(occurredOn)), options));
    }

    @PostMapping("/{recruitmentId}/applications/{municipalityId}/rejection")
    @Operation(summary = "Reject an application, giving the reason",
            description = "409 ALREADY_DECIDED; 422 NO_SUCH_APPLICATION, REASON_REQUIRED")
    ResponseEntity<CommandReceipt> reject(@PathVariable RecruitmentId recruitmentId,
                                          @PathVariable MunicipalityId municipalityId,
                                          @Valid @RequestBody RejectApplicationRequest request,
                                          @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(recruitmentId, municipalityId), options));
    }

    @PostMapping("/{recruitmentId}/deadline")
    @Operation(summary = "Extend the deadline",
            description = "422 RECRUITMENT_CLOSED, NO_DEADLINE_TO_EXTEND, DEADLINE_NOT_LATER")
    ResponseEntity<CommandReceipt> extendDeadline(@PathVariable RecruitmentId recruitmentId,
                                                  @Valid @RequestBody ExtendRecruitmentDeadlineRequest request,
                                                  @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(request.toCommand(recruitmentId), options));
    }

    @PostMapping("/{recruitmentId}/closure")
    @Operation(summary = "Close the recruitment: no more applications",
            description = "409 ALREADY_CLOSED")
    ResponseEntity<CommandReceipt> close(@PathVariable RecruitmentId recruitmentId,
                                         @Parameter(description = "when the call closed; " + OccurredOn.DESCRIPTION)
                                         @RequestParam(required = false) String occurredOn,
                                         @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(
                new CloseRecruitment(recruitmentId, OccurredOn.parse(occurredOn)), options));
    }
}
