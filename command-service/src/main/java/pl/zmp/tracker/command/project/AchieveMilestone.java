package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** Mark a planned milestone achieved. */
record AchieveMilestone(
        @TargetAggregateIdentifier ProjectId projectId,
        String milestoneCode,
        LocalDate achievedOn,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public AchieveMilestone(ProjectId projectId, String milestoneCode, LocalDate achievedOn) {
        this(projectId, milestoneCode, achievedOn, null);
    }
}
