package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

import static pl.zmp.tracker.command.project.ProjectRequests.CODE;
import static pl.zmp.tracker.command.project.ProjectRequests.CODE_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID;
import static pl.zmp.tracker.command.project.ProjectRequests.UUID_MESSAGE;

/** Body of {@code POST /api/projects/{projectId}/trainings}. */
@Schema(description = "A training held in a municipality; date and attendance where known")
record RecordTrainingRequest(
        @Schema(example = "finance-staff-gdansk") @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE)
        String trainingCode,
        @Schema(example = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01")
        @NotNull @Pattern(regexp = UUID, message = UUID_MESSAGE) String municipalityId,
        @Schema(example = "2018-05-14") LocalDate heldOn,
        @Schema(example = "45", description = "at least 0 (422 INVALID_ATTENDEES otherwise)") Integer attendees,
        @Schema(example = "PPP for finance staff") @NotBlank @Size(max = TITLE) String topic,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordTraining toCommand(ProjectId projectId) {
        return new RecordTraining(projectId, trainingCode, new MunicipalityId(municipalityId), heldOn, attendees,
                topic.strip(), OccurredOn.parse(occurredOn));
    }
}
