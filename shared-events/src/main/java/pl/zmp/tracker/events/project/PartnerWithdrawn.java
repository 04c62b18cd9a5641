package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** An organisation no longer takes part in the project in a role. */
@Revision("2")
public record PartnerWithdrawn(
        ProjectId projectId,
        OrganisationId organisationId,
        PartnerRole role,
        String reason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public PartnerWithdrawn(ProjectId projectId, OrganisationId organisationId, PartnerRole role, String reason) {
        this(projectId, organisationId, role, reason, null);
    }
}
