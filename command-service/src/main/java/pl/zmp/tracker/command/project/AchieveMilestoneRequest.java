package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

import static pl.zmp.tracker.command.project.ProjectRequests.requireCode;

/** Body of {@code POST /api/projects/{projectId}/milestones/{milestoneCode}/achievement}. */
@Schema(description = "The day a planned milestone was achieved")
record AchieveMilestoneRequest(
        @Schema(example = "2018-11-30") @NotNull LocalDate achievedOn,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    AchieveMilestone toCommand(ProjectId projectId, String milestoneCode) {
        return new AchieveMilestone(projectId, requireCode("milestoneCode", milestoneCode), achievedOn, OccurredOn.parse(occurredOn));
    }
}
