package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.LocalDate;

import static pl.zmp.tracker.command.project.ProjectRequests.NOTE;
import static pl.zmp.tracker.command.project.ProjectRequests.requireCode;

/** Body of {@code POST /api/projects/{projectId}/indicators/{indicatorCode}/actuals}. */
@Schema(description = "A measured value of an indicator, as of a date, with its source")
record RecordIndicatorActualRequest(
        @Schema(example = "1200", description = "at least 0 (422 INVALID_VALUE otherwise)") @NotNull BigDecimal value,
        @Schema(example = "ABOVE", description = "the source's qualifier; EXACT when absent") Approximation approximation,
        @Schema(example = "2019-12-31") @NotNull LocalDate asOf,
        @Schema(example = "ZMP projects slide deck") @NotBlank @Size(max = NOTE) String source,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordIndicatorActual toCommand(ProjectId projectId, String indicatorCode) {
        return new RecordIndicatorActual(projectId, requireCode("indicatorCode", indicatorCode), value, approximation,
                asOf, source.strip(), OccurredOn.parse(occurredOn));
    }
}
