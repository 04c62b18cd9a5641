package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.ProjectId;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/financing}. */
@Schema(description = "A figure of the project's financing; stating the same item again supersedes it")
record RecordFinancingAmountRequest(
        @Schema(example = "TOTAL_VALUE") @NotNull FinancingItem item,
        @NotNull @Valid MoneyRequest amount,
        @Schema(example = "ALMOST", description = "the source's qualifier; EXACT when absent") Approximation approximation,
        @Schema(example = "Wartość projektu: prawie 2 mln zł")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = NOTE) String note,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordFinancingAmount toCommand(ProjectId projectId) {
        return new RecordFinancingAmount(projectId, item, amount.toMoney("amount"), approximation, strip(note), OccurredOn.parse(occurredOn));
    }
}
