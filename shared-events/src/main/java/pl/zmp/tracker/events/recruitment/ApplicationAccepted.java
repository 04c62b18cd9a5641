package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** An application was accepted: the municipality takes one of the places. */
@Revision("2")
public record ApplicationAccepted(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ApplicationAccepted(RecruitmentId recruitmentId, MunicipalityId municipalityId) {
        this(recruitmentId, municipalityId, null);
    }
}
