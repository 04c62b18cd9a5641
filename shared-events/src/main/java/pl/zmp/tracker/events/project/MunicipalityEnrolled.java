package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** A municipality takes part in the project in a role. */
@Revision("2")
public record MunicipalityEnrolled(
        ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String note,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MunicipalityEnrolled(ProjectId projectId, MunicipalityId municipalityId, ParticipantRole role, String note) {
        this(projectId, municipalityId, role, note, null);
    }
}
