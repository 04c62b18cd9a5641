package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;

/** A municipality applied. */
@Revision("1")
public record ApplicationSubmitted(
        RecruitmentId recruitmentId,
        MunicipalityId municipalityId,
        Instant submittedAt) {
}
