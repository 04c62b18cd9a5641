package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** Plan a milestone. */
record PlanMilestone(
        @TargetAggregateIdentifier ProjectId projectId,
        String milestoneCode,
        String title,
        LocalDate plannedOn,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public PlanMilestone(ProjectId projectId, String milestoneCode, String title, LocalDate plannedOn) {
        this(projectId, milestoneCode, title, plannedOn, null);
    }
}
