package pl.zmp.tracker.command.exhibition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ExhibitionId;

/** Body of {@code POST /api/exhibitions/{exhibitionId}/showings/{showingCode}/cancellation}. */
@Schema(description = "Why the showing will not take place")
record CancelShowingRequest(
        @Schema(example = "The venue is closed for renovation") @NotBlank @Size(max = 1000) String reason,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    CancelShowing toCommand(ExhibitionId exhibitionId, String showingCode) {
        return new CancelShowing(exhibitionId, showingCode, reason.strip(), OccurredOn.parse(occurredOn));
    }
}
