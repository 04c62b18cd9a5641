package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Enrol a municipality in the project in a role. */
public record EnrolMunicipality(
        @TargetAggregateIdentifier ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String note,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public EnrolMunicipality(ProjectId projectId, MunicipalityId municipalityId, ParticipantRole role, String note) {
        this(projectId, municipalityId, role, note, null);
    }
}
