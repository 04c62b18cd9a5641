package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** Reject an application, giving the reason. */
record RejectApplication(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RejectApplication(RecruitmentId recruitmentId, MunicipalityId municipalityId, String reason) {
        this(recruitmentId, municipalityId, reason, null);
    }
}
