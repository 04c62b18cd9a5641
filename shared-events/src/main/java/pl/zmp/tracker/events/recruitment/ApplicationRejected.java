package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** An application was rejected, with the reason. */
@Revision("2")
public record ApplicationRejected(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        String reason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ApplicationRejected(RecruitmentId recruitmentId, MunicipalityId municipalityId, String reason) {
        this(recruitmentId, municipalityId, reason, null);
    }
}
