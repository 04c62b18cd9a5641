package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

/** An application was accepted: the municipality takes one of the places. */
@Revision("1")
public record ApplicationAccepted(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId) {
}
