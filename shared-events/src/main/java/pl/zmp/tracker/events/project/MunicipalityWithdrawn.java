package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** A municipality no longer takes part in the project in a role. */
@Revision("2")
public record MunicipalityWithdrawn(
        ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String reason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MunicipalityWithdrawn(ProjectId projectId, MunicipalityId municipalityId, ParticipantRole role, String reason) {
        this(projectId, municipalityId, role, reason, null);
    }
}
