package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** Accept an application: the municipality takes a place. */
public record AcceptApplication(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public AcceptApplication(RecruitmentId recruitmentId, MunicipalityId municipalityId) {
        this(recruitmentId, municipalityId, null);
    }
}
