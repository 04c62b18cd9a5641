package pl.zmp.tracker.command.project;

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
import pl.zmp.tracker.values.ProjectId;

/** Commands on projects: lifecycle, partners and participants, financing, indicators, milestones and outputs. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Projects the association runs with and for its member cities")
class ProjectCommandController {

    private static final String ANSWERS = "200 with the receipt; its version is the ETag. ";
    private static final String UNKNOWN_PROJECT = " 404 NOT_FOUND if there is no such project.";

    private final CommandDispatcher dispatcher;

    ProjectCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register a project; it starts in the pipeline",
            description = "201 with its id, version and the global position of its event. "
                    + "422 UNKNOWN_ORGANISATION if the reporting organisation is not registered; "
                    + "409 ALREADY_EXISTS if the id is taken.")
    ResponseEntity<CommandReceipt> register(@Valid @RequestBody RegisterProjectRequest request,
                                            @Parameter(hidden = true) CommandOptions options) {
        return CommandResponses.created("/api/projects", dispatcher.dispatch(request.toCommand(), options));
    }

    @PostMapping("/{projectId}/status")
    @Operation(summary = "Move the project along its lifecycle",
            description = ANSWERS + "422 ILLEGAL_STATUS_TRANSITION if the lifecycle does not lead from the current "
                    + "status to this one (CLOSED and CANCELLED are final; the same status is not a move)."
                    + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> changeStatus(@PathVariable ProjectId projectId,
                                                @Valid @RequestBody ChangeProjectStatusRequest request,
                                                @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/partners")
    @Operation(summary = "Add an organisation to the project in a role",
            description = ANSWERS + "409 PARTNER_ALREADY_ADDED if it already holds this role; "
                    + "422 UNKNOWN_ORGANISATION, or PROJECT_ENDED once the project is closed or cancelled."
                    + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> addPartner(@PathVariable ProjectId projectId,
                                              @Valid @RequestBody AddPartnerRequest request,
                                              @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/partners/withdrawals")
    @Operation(summary = "Withdraw an organisation from one of its roles in the project",
            description = ANSWERS + "422 NOT_A_PARTNER if it does not hold this role." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> withdrawPartner(@PathVariable ProjectId projectId,
                                                   @Valid @RequestBody WithdrawPartnerRequest request,
                                                   @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/participants")
    @Operation(summary = "Enrol a municipality in the project in a role",
            description = ANSWERS + "409 ALREADY_ENROLLED if it already takes part in this role; "
                    + "422 UNKNOWN_MUNICIPALITY, or PROJECT_ENDED once the project is closed or cancelled."
                    + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> enrolMunicipality(@PathVariable ProjectId projectId,
                                                     @Valid @RequestBody EnrolMunicipalityRequest request,
                                                     @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/participants/withdrawals")
    @Operation(summary = "Withdraw a municipality from one of its roles in the project",
            description = ANSWERS + "422 NOT_ENROLLED if it does not take part in this role." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> withdrawMunicipality(@PathVariable ProjectId projectId,
                                                        @Valid @RequestBody WithdrawMunicipalityRequest request,
                                                        @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/financing")
    @Operation(summary = "State a figure of the project's financing",
            description = ANSWERS + "A later statement of the same item supersedes the earlier one; the same "
                    + "statement again changes nothing. No 409/422 of its own." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> recordFinancing(@PathVariable ProjectId projectId,
                                                   @Valid @RequestBody RecordFinancingAmountRequest request,
                                                   @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/co-financing-rate")
    @Operation(summary = "Declare the co-financing rate the source states",
            description = ANSWERS + "Kept as stated beside the rate computed from the amounts. "
                    + "422 INVALID_RATE outside 0-100 %." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> declareCoFinancingRate(@PathVariable ProjectId projectId,
                                                          @Valid @RequestBody DeclareCoFinancingRateRequest request,
                                                          @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/budget-lines")
    @Operation(summary = "Add an amount budgeted or spent in one year",
            description = ANSWERS + "422 INVALID_YEAR outside 1990-2100." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> addBudgetLine(@PathVariable ProjectId projectId,
                                                 @Valid @RequestBody AddBudgetLineRequest request,
                                                 @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/indicators")
    @Operation(summary = "Define an indicator the project measures",
            description = ANSWERS + "409 INDICATOR_ALREADY_DEFINED if the code is taken in this project; "
                    + "422 INVALID_TARGET for a negative target." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> defineIndicator(@PathVariable ProjectId projectId,
                                                   @Valid @RequestBody DefineIndicatorRequest request,
                                                   @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/indicators/{indicatorCode}/actuals")
    @Operation(summary = "Record a measured value of an indicator",
            description = ANSWERS + "422 UNKNOWN_INDICATOR if the project does not define it; "
                    + "422 INVALID_VALUE for a negative value." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> recordIndicatorActual(@PathVariable ProjectId projectId,
                                                         @PathVariable String indicatorCode,
                                                         @Valid @RequestBody RecordIndicatorActualRequest request,
                                                         @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId, indicatorCode), options);
    }

    @PostMapping("/{projectId}/milestones")
    @Operation(summary = "Plan a milestone",
            description = ANSWERS + "409 MILESTONE_ALREADY_PLANNED if the code is taken in this project."
                    + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> planMilestone(@PathVariable ProjectId projectId,
                                                 @Valid @RequestBody PlanMilestoneRequest request,
                                                 @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/milestones/{milestoneCode}/achievement")
    @Operation(summary = "Mark a planned milestone achieved",
            description = ANSWERS + "422 UNKNOWN_MILESTONE if it is not planned; "
                    + "409 MILESTONE_ALREADY_ACHIEVED if it already is." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> achieveMilestone(@PathVariable ProjectId projectId,
                                                    @PathVariable String milestoneCode,
                                                    @Valid @RequestBody AchieveMilestoneRequest request,
                                                    @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId, milestoneCode), options);
    }

    @PostMapping("/{projectId}/trainings")
    @Operation(summary = "Record a training held in a municipality",
            description = ANSWERS + "409 TRAINING_ALREADY_RECORDED if the code is taken in this project; "
                    + "422 UNKNOWN_MUNICIPALITY, or INVALID_ATTENDEES for a negative attendance." + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> recordTraining(@PathVariable ProjectId projectId,
                                                  @Valid @RequestBody RecordTrainingRequest request,
                                                  @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    @PostMapping("/{projectId}/publications")
    @Operation(summary = "Record a publication: an issue of a series, or a book",
            description = ANSWERS + "409 PUBLICATION_ALREADY_RECORDED if this issue of the series is already "
                    + "recorded (publications without a number never are); 422 INVALID_ISSUE_NUMBER below 1."
                    + UNKNOWN_PROJECT)
    ResponseEntity<CommandReceipt> recordPublication(@PathVariable ProjectId projectId,
                                                     @Valid @RequestBody RecordPublicationRequest request,
                                                     @Parameter(hidden = true) CommandOptions options) {
        return accepted(request.toCommand(projectId), options);
    }

    private ResponseEntity<CommandReceipt> accepted(Object command, CommandOptions options) {
        return CommandResponses.accepted(dispatcher.dispatch(command, options));
    }
}
