package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** Plan a milestone. */
public record PlanMilestone(
        @TargetAggregateIdentifier ProjectId projectId,
        String milestoneCode,
        String title,
        LocalDate plannedOn) {
}
