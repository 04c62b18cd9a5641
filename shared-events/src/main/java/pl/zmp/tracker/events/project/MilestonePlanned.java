package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** A milestone of the project was planned. */
@Revision("1")
public record MilestonePlanned(
        ProjectId projectId,
        String milestoneCode,
        String title,
        LocalDate plannedOn) {
}
