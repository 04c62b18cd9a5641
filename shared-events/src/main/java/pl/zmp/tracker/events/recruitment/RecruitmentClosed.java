package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** The call closed; no more applications. */
@Revision("2")
public record RecruitmentClosed(
        RecruitmentId recruitmentId,
        Instant closedAt,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public RecruitmentClosed(RecruitmentId recruitmentId, Instant closedAt) {
        this(recruitmentId, closedAt, null);
    }
}
