package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

/** A municipality no longer takes part in the project in a role. */
@Revision("1")
public record MunicipalityWithdrawn(
        ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String reason) {
}
