package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** A project was registered; it starts in the pipeline. */
@Revision("2")
public record ProjectRegistered(
        ProjectId projectId,
        String title,
        String programmeLine,
        String description,
        OrganisationId reportingOrganisationId,
        DateRange plannedPeriod,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ProjectRegistered(ProjectId projectId, String title, String programmeLine, String description, OrganisationId reportingOrganisationId, DateRange plannedPeriod) {
        this(projectId, title, programmeLine, description, reportingOrganisationId, plannedPeriod, null);
    }
}
