package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Withdraw an organisation from a role in the project. */
record WithdrawPartner(
        @TargetAggregateIdentifier ProjectId projectId,
        OrganisationId organisationId,
        PartnerRole role,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public WithdrawPartner(ProjectId projectId, OrganisationId organisationId, PartnerRole role, String reason) {
        this(projectId, organisationId, role, reason, null);
    }
}
