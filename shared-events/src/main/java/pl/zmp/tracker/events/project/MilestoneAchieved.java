package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** A planned milestone was achieved. */
@Revision("1")
public record MilestoneAchieved(
        ProjectId projectId,
        String milestoneCode,
        LocalDate achievedOn) {
}
