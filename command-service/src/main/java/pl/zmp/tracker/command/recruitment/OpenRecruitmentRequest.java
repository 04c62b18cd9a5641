package pl.zmp.tracker.command.recruitment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/recruitments}. */
@Schema(description = "A call for participants of one round of a project")
record OpenRecruitmentRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = OpenRecruitmentRequest.UUID, message = "must be a UUID") String id,
        @Schema(example = "3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e")
        @NotNull @Pattern(regexp = OpenRecruitmentRequest.UUID, message = "must be a UUID") String projectId,
        @Schema(example = "2", description = "the project's round, from 1") @NotNull @Positive Integer round,
        @Schema(example = "Przestrzeń dla partycypacji II – nabór gmin") @NotBlank @Size(max = 300) String title,
        @Schema(example = "2019-04-17T23:59:59+02:00",
                description = "optional moment with its offset; may lie in the past; none means open until closed")
        // the offset the coordinator gave is kept, not converted to UTC
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime deadline,
        @Schema(example = "22", description = "optional number of places; none means no limit") @Positive Integer places,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    OpenRecruitment toCommand() {
        RecruitmentId recruitmentId = id == null ? RecruitmentId.newId() : new RecruitmentId(id);
        return new OpenRecruitment(recruitmentId, new ProjectId(projectId), round, title.strip(), deadline, places, OccurredOn.parse(occurredOn));
    }
}
