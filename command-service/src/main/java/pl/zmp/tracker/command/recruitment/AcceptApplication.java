package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

/** Accept an application: the municipality takes a place. */
public record AcceptApplication(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId) {
}
