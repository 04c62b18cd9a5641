package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Register a project, reported by an organisation; it starts in the pipeline. */
public record RegisterProject(
        @TargetAggregateIdentifier ProjectId projectId,
        String title,
        String programmeLine,
        String description,
        OrganisationId reportingOrganisationId,
        DateRange plannedPeriod,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RegisterProject(ProjectId projectId, String title, String programmeLine, String description, OrganisationId reportingOrganisationId, DateRange plannedPeriod) {
        this(projectId, title, programmeLine, description, reportingOrganisationId, plannedPeriod, null);
    }
}
