package pl.zmp.tracker.command.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/recruitments/{recruitmentId}/applications}. */
@Schema(description = "A municipality's application")
record ApplyToRecruitmentRequest(
        @Schema(example = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01")
        @NotNull @Pattern(regexp = OpenRecruitmentRequest.UUID, message = "must be a UUID") String municipalityId,
        @Schema(example = "2019-04-10T12:00:00+02:00",
                description = "optional moment of submission with its offset; now when absent; not after the deadline")
        OffsetDateTime submittedAt,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    ApplyToRecruitment toCommand(RecruitmentId recruitmentId) {
        return new ApplyToRecruitment(recruitmentId, new MunicipalityId(municipalityId),
                submittedAt == null ? null : submittedAt.toInstant(), OccurredOn.parse(occurredOn));
    }
}
