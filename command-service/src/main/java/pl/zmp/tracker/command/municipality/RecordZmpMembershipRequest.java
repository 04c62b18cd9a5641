package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.LocalDate;

/** Body of {@code POST /api/municipalities/{municipalityId}/membership}. */
@Schema(description = "The municipality's ZMP membership: since a date, and until one if it ended")
record RecordZmpMembershipRequest(
        @Schema(example = "1990-05-25", description = "ISO date the membership began") @NotNull LocalDate since,
        @Schema(example = "2019-12-31", description = "ISO date the membership ended; absent while it lasts")
        LocalDate until,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordZmpMembership toCommand(MunicipalityId municipalityId) {
        return new RecordZmpMembership(municipalityId, since, until, OccurredOn.parse(occurredOn));
    }
}
