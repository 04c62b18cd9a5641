package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** Mark a planned milestone achieved. */
public record AchieveMilestone(
        @TargetAggregateIdentifier ProjectId projectId,
        String milestoneCode,
        LocalDate achievedOn) {
}
