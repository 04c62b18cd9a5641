package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

/** Reject an application, giving the reason. */
public record RejectApplication(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        String reason) {
}
