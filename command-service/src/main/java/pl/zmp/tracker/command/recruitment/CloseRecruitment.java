package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.RecruitmentId;

/** Close the call. */
public record CloseRecruitment(
        @TargetAggregateIdentifier RecruitmentId recruitmentId) {
}
