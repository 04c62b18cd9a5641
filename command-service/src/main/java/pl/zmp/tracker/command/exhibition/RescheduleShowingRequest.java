package pl.zmp.tracker.command.exhibition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ExhibitionId;

/** Body of {@code POST /api/exhibitions/{exhibitionId}/showings/{showingCode}/reschedule}. */
@Schema(description = "The showing's new dates")
record RescheduleShowingRequest(@NotNull @Valid PeriodRequest period,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RescheduleShowing toCommand(ExhibitionId exhibitionId, String showingCode) {
        return new RescheduleShowing(exhibitionId, showingCode, period.toDateRange("period"), OccurredOn.parse(occurredOn));
    }
}
