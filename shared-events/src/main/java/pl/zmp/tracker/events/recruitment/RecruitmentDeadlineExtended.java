package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The deadline moved later. */
@Revision("2")
public record RecruitmentDeadlineExtended(
        RecruitmentId recruitmentId,
        OffsetDateTime previousDeadline,
        OffsetDateTime deadline,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public RecruitmentDeadlineExtended(RecruitmentId recruitmentId, OffsetDateTime previousDeadline, OffsetDateTime deadline) {
        this(recruitmentId, previousDeadline, deadline, null);
    }
}
