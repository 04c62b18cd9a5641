package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** The call closed; no more applications. */
@Revision("1")
public record RecruitmentClosed(
        RecruitmentId recruitmentId,
        Instant closedAt) {
}
