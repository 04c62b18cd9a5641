package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/participants}. */
@Schema(description = "A municipality taking part in the project in a role")
record EnrolMunicipalityRequest(
        @Schema(example = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01")
        @NotNull @Pattern(regexp = UUID, message = UUID_MESSAGE) String municipalityId,
        @Schema(example = "PARTICIPATING_PLACE") @NotNull ParticipantRole role,
        @Schema(example = "one of the 12 places implementing PPP")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = NOTE) String note,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    EnrolMunicipality toCommand(ProjectId projectId) {
        return new EnrolMunicipality(projectId, new MunicipalityId(municipalityId), role, strip(note), OccurredOn.parse(occurredOn));
    }
}
