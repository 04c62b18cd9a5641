package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;

/** A project was registered; it starts in the pipeline. */
@Revision("1")
public record ProjectRegistered(
        ProjectId projectId,
        String title,
        String programmeLine,
        String description,
        OrganisationId reportingOrganisationId,
        DateRange plannedPeriod) {
}
