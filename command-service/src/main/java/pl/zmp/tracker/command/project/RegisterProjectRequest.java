package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;

import static pl.zmp.tracker.command.project.ProjectRequests.DESCRIPTION;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects}. */
@Schema(description = "A project reported by an organisation; it starts in the pipeline")
record RegisterProjectRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = UUID, message = UUID_MESSAGE) String id,
        @Schema(example = "Rozwój partnerstwa publiczno-prywatnego w Polsce")
        @NotBlank @Size(max = TITLE) String title,
        @Schema(example = "Partnerstwo publiczno-prywatne")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = TITLE) String programmeLine,
        @Schema(example = "Development of public-private partnership (PPP) in Poland.")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = DESCRIPTION) String description,
        @Schema(example = "0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e01", description = "the organisation that reports it (ZMP)")
        @NotNull @Pattern(regexp = UUID, message = UUID_MESSAGE) String reportingOrganisationId,
        @Schema(description = "the planned period, both dates included") @Valid PlannedPeriodRequest plannedPeriod,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RegisterProject toCommand() {
        ProjectId projectId = id == null ? ProjectId.newId() : new ProjectId(id);
        return new RegisterProject(projectId, title.strip(), strip(programmeLine), strip(description),
                new OrganisationId(reportingOrganisationId), plannedPeriod == null ? null : plannedPeriod.toDateRange(), OccurredOn.parse(occurredOn));
    }
}
