package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/**
 * An application submitted by the deadline but recorded after it: needs the moment it was submitted
 * and the reason it is recorded late, which the event (and so the audit log) keeps.
 */
record RecordLateApplication(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant submittedAt,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordLateApplication(RecruitmentId recruitmentId, MunicipalityId municipalityId, Instant submittedAt, String reason) {
        this(recruitmentId, municipalityId, submittedAt, reason, null);
    }
}
