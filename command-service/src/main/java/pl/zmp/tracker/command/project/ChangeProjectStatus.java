package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.time.Instant;

/** Move the project along its lifecycle. */
public record ChangeProjectStatus(
        @TargetAggregateIdentifier ProjectId projectId,
        ProjectStatus status,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public ChangeProjectStatus(ProjectId projectId, ProjectStatus status, String reason) {
        this(projectId, status, reason, null);
    }
}
