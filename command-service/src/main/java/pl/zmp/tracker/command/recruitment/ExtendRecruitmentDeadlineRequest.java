package pl.zmp.tracker.command.recruitment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/recruitments/{recruitmentId}/deadline}. */
@Schema(description = "The new, later deadline")
record ExtendRecruitmentDeadlineRequest(
        @Schema(example = "2019-04-30T23:59:59+02:00", description = "a moment with its offset, later than the current deadline")
        // the offset the coordinator gave is kept, not converted to UTC
        @NotNull @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime deadline,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    ExtendRecruitmentDeadline toCommand(RecruitmentId recruitmentId) {
        return new ExtendRecruitmentDeadline(recruitmentId, deadline, OccurredOn.parse(occurredOn));
    }
}
