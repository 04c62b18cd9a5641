package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Add an organisation to the project in a role. */
record AddPartner(
        @TargetAggregateIdentifier ProjectId projectId,
        OrganisationId organisationId,
        PartnerRole role,
        String note,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public AddPartner(ProjectId projectId, OrganisationId organisationId, PartnerRole role, String note) {
        this(projectId, organisationId, role, note, null);
    }
}
