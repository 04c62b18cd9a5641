package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** A municipality applies; submittedAt defaults to now and must not be after the deadline. */
public record ApplyToRecruitment(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant submittedAt,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public ApplyToRecruitment(RecruitmentId recruitmentId, MunicipalityId municipalityId, Instant submittedAt) {
        this(recruitmentId, municipalityId, submittedAt, null);
    }
}
