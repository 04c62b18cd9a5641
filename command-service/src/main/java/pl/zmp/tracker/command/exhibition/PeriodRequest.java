package pl.zmp.tracker.command.exhibition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.DateRange;

import java.time.LocalDate;

/** Calendar dates of a showing, both included. */
@Schema(description = "Calendar dates (Europe/Warsaw), both included")
record PeriodRequest(
        @Schema(example = "2018-03-29") @NotNull LocalDate from,
        @Schema(example = "2018-04-06") @NotNull LocalDate to) {

    /** @param field the request field holding this period, named when the dates are reversed */
    DateRange toDateRange(String field) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException(field + ".to", "must not be before " + field + ".from (" + from + ")");
        }
        return new DateRange(from, to);
    }
}
