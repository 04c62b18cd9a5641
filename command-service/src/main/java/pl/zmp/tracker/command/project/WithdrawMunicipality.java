package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Withdraw a municipality from a role in the project. */
record WithdrawMunicipality(
        @TargetAggregateIdentifier ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public WithdrawMunicipality(ProjectId projectId, MunicipalityId municipalityId, ParticipantRole role, String reason) {
        this(projectId, municipalityId, role, reason, null);
    }
}
