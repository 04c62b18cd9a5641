package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;

/** Register a project, reported by an organisation; it starts in the pipeline. */
public record RegisterProject(
        @TargetAggregateIdentifier ProjectId projectId,
        String title,
        String programmeLine,
        String description,
        OrganisationId reportingOrganisationId,
        DateRange plannedPeriod) {
}
