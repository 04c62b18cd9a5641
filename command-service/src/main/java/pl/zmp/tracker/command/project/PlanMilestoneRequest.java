package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

import static pl.zmp.tracker.command.project.ProjectRequests.CODE;
import static pl.zmp.tracker.command.project.ProjectRequests.CODE_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;

/** Body of {@code POST /api/projects/{projectId}/milestones}. */
@Schema(description = "A milestone of the project, with its planned date where one is known")
record PlanMilestoneRequest(
        @Schema(example = "book") @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String milestoneCode,
        @Schema(example = "Książka „Sto lat Związku Miast Polskich 1917-2018”") @NotBlank @Size(max = TITLE) String title,
        @Schema(example = "2018-11-30") LocalDate plannedOn,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    PlanMilestone toCommand(ProjectId projectId) {
        return new PlanMilestone(projectId, milestoneCode, title.strip(), plannedOn, OccurredOn.parse(occurredOn));
    }
}
