package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/co-financing-rate}. */
@Schema(description = "The co-financing rate as the source declares it, kept beside the computed one")
record DeclareCoFinancingRateRequest(
        @Schema(example = "88.6", description = "percent, 0 to 100") @NotNull @DecimalMin("0") @DecimalMax("100")
        BigDecimal ratePercent,
        @Schema(example = "Poziom dofinansowania: 88,6%")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = NOTE) String note,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    DeclareCoFinancingRate toCommand(ProjectId projectId) {
        return new DeclareCoFinancingRate(projectId, ratePercent, strip(note), OccurredOn.parse(occurredOn));
    }
}
