package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/status}. */
@Schema(description = "The status the project moves to, and why")
record ChangeProjectStatusRequest(
        @Schema(example = "IMPLEMENTATION") @NotNull ProjectStatus status,
        @Schema(example = "Recruitment finished; work with the cities has started")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = NOTE) String reason,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    ChangeProjectStatus toCommand(ProjectId projectId) {
        return new ChangeProjectStatus(projectId, status, strip(reason), OccurredOn.parse(occurredOn));
    }
}
