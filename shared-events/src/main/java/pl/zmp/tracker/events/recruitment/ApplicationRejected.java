package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

/** An application was rejected, with the reason. */
@Revision("1")
public record ApplicationRejected(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        String reason) {
}
