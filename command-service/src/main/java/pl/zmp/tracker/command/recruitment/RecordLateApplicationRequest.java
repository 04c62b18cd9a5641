package pl.zmp.tracker.command.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/recruitments/{recruitmentId}/late-applications}. */
@Schema(description = "An application submitted by the deadline, recorded after it, with the reason")
record RecordLateApplicationRequest(
        @Schema(example = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01")
        @NotNull @Pattern(regexp = OpenRecruitmentRequest.UUID, message = "must be a UUID") String municipalityId,
        @Schema(example = "2019-04-10T12:00:00+02:00", description = "when it was submitted; not after the deadline")
        @NotNull OffsetDateTime submittedAt,
        @Schema(example = "Wniosek złożony w terminie pocztą; wpłynął po terminie naboru.")
        @NotBlank @Size(max = 1000) String reason,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordLateApplication toCommand(RecruitmentId recruitmentId) {
        return new RecordLateApplication(recruitmentId, new MunicipalityId(municipalityId),
                submittedAt.toInstant(), reason.strip(), OccurredOn.parse(occurredOn));
    }
}
