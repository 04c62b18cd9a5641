package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** A planned milestone was achieved. */
@Revision("2")
public record MilestoneAchieved(
        ProjectId projectId,
        String milestoneCode,
        LocalDate achievedOn,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MilestoneAchieved(ProjectId projectId, String milestoneCode, LocalDate achievedOn) {
        this(projectId, milestoneCode, achievedOn, null);
    }
}
