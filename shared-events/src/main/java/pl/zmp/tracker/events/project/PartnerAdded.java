package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

/** An organisation takes part in the project in a role. */
@Revision("1")
public record PartnerAdded(
        ProjectId projectId,
        OrganisationId organisationId,
        PartnerRole role,
        String note) {
}
