package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/**
 * A municipality applied. {@code lateRecordingReason} is set when an application submitted in time was
 * recorded only after the deadline, and says why (absent in events recorded before it existed).
 */
@Revision("2")
public record ApplicationSubmitted(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant submittedAt,
        String lateRecordingReason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ApplicationSubmitted(RecruitmentId recruitmentId, MunicipalityId municipalityId, Instant submittedAt, String lateRecordingReason) {
        this(recruitmentId, municipalityId, submittedAt, lateRecordingReason, null);
    }

    public ApplicationSubmitted(RecruitmentId recruitmentId, MunicipalityId municipalityId, Instant submittedAt) {
        this(recruitmentId, municipalityId, submittedAt, null);
    }
}
