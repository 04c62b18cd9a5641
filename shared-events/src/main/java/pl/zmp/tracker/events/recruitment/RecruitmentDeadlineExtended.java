package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** The deadline moved later. */
@Revision("1")
public record RecruitmentDeadlineExtended(
        RecruitmentId recruitmentId,
        OffsetDateTime previousDeadline,
        OffsetDateTime deadline) {
}
