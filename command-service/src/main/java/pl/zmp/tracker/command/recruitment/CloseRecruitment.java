package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** Close the call. */
public record CloseRecruitment(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public CloseRecruitment(RecruitmentId recruitmentId) {
        this(recruitmentId, null);
    }
}
