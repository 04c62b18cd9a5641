package pl.zmp.tracker.command.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

/** Body of {@code POST /api/recruitments/{recruitmentId}/applications/{municipalityId}/rejection}. */
@Schema(description = "Why the application is rejected")
record RejectApplicationRequest(
        @Schema(example = "The municipality does not meet the call's criteria") @NotBlank @Size(max = 1000)
        String reason,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RejectApplication toCommand(RecruitmentId recruitmentId, MunicipalityId municipalityId) {
        return new RejectApplication(recruitmentId, municipalityId, reason.strip(), OccurredOn.parse(occurredOn));
    }
}
