package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Move the deadline later. */
record ExtendRecruitmentDeadline(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        OffsetDateTime deadline,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public ExtendRecruitmentDeadline(RecruitmentId recruitmentId, OffsetDateTime deadline) {
        this(recruitmentId, deadline, null);
    }
}
