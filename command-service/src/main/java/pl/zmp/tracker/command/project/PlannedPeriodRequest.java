package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.DateRange;

import java.time.LocalDate;

/** Calendar dates from one day to another, both included. */
@Schema(description = "calendar dates (Europe/Warsaw), both included")
record PlannedPeriodRequest(
        @Schema(example = "2017-01-01") @NotNull LocalDate from,
        @Schema(example = "2019-12-31") @NotNull LocalDate to) {

    DateRange toDateRange() {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("plannedPeriod.to", "cannot be before from (" + from + ")");
        }
        return new DateRange(from, to);
    }
}
