package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;

import static pl.zmp.tracker.command.project.ProjectRequests.CODE;
import static pl.zmp.tracker.command.project.ProjectRequests.CODE_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;
import static pl.zmp.tracker.command.project.ProjectRequests.UNIT;

/** Body of {@code POST /api/projects/{projectId}/indicators}. */
@Schema(description = "An output or result the project measures, with its target where one is set")
record DefineIndicatorRequest(
        @Schema(example = "people-trained") @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
        @Schema(example = "Representatives of cities and gminas trained in PPP") @NotBlank @Size(max = TITLE) String name,
        @Schema(example = "persons") @NotBlank @Size(max = UNIT) String unit,
        @Schema(example = "1200", description = "at least 0 (422 INVALID_TARGET otherwise)") BigDecimal target,
        @Schema(example = "ABOVE", description = "qualifies the target; EXACT when a target is given without one")
        Approximation targetApproximation,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    DefineIndicator toCommand(ProjectId projectId) {
        if (target == null && targetApproximation != null) {
            throw new InvalidFieldException("targetApproximation", "qualifies a target: give the target too");
        }
        return new DefineIndicator(projectId, indicatorCode, name.strip(), unit.strip(), target, targetApproximation, OccurredOn.parse(occurredOn));
    }
}
