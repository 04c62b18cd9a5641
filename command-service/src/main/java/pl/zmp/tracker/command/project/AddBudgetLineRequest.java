package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;

/** Body of {@code POST /api/projects/{projectId}/budget-lines}. */
@Schema(description = "An amount budgeted or spent in one year")
record AddBudgetLineRequest(
        @Schema(example = "2018", description = "1990 to 2100 (422 INVALID_YEAR otherwise)") @NotNull Integer year,
        @Schema(example = "Koszt projektu w roku 2018") @NotBlank @Size(max = TITLE) String label,
        @NotNull @Valid MoneyRequest amount,
        @Schema(example = "EXACT", description = "the source's qualifier; EXACT when absent") Approximation approximation,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    AddBudgetLine toCommand(ProjectId projectId) {
        return new AddBudgetLine(projectId, year, label.strip(), amount.toMoney("amount"), approximation, OccurredOn.parse(occurredOn));
    }
}
