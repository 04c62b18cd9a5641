package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/partners}. */
@Schema(description = "An organisation taking part in the project in a role")
record AddPartnerRequest(
        @Schema(example = "0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e02")
        @NotNull @Pattern(regexp = UUID, message = UUID_MESSAGE) String organisationId,
        @Schema(example = "PARTNER") @NotNull PartnerRole role,
        @Schema(example = "consortium partner with ZMP")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = NOTE) String note,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    AddPartner toCommand(ProjectId projectId) {
        return new AddPartner(projectId, new OrganisationId(organisationId), role, strip(note), OccurredOn.parse(occurredOn));
    }
}
