package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;

/** Withdraw a municipality from a role in the project. */
public record WithdrawMunicipality(
        @TargetAggregateIdentifier ProjectId projectId,
        MunicipalityId municipalityId,
        ParticipantRole role,
        String reason) {
}
