package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

/** Move the project along its lifecycle. */
public record ChangeProjectStatus(
        @TargetAggregateIdentifier ProjectId projectId,
        ProjectStatus status,
        String reason) {
}
