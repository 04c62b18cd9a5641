package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone of the project was planned. */
@Revision("2")
public record MilestonePlanned(
        ProjectId projectId,
        String milestoneCode,
        String title,
        LocalDate plannedOn,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MilestonePlanned(ProjectId projectId, String milestoneCode, String title, LocalDate plannedOn) {
        this(projectId, milestoneCode, title, plannedOn, null);
    }
}
