package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

/** A municipality takes part in the project in a role. */
@Revision("1")
public record MunicipalityEnrolled(
        ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String note) {
}
