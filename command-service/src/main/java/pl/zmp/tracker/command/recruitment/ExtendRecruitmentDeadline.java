package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** Move the deadline later. */
public record ExtendRecruitmentDeadline(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        OffsetDateTime deadline) {
}
