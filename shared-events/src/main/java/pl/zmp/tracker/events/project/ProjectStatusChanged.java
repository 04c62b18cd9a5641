package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.time.Instant;

/** The project moved along its lifecycle. */
@Revision("2")
public record ProjectStatusChanged(
        ProjectId projectId,
        ProjectStatus from,
        ProjectStatus to,
        String reason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ProjectStatusChanged(ProjectId projectId, ProjectStatus from, ProjectStatus to, String reason) {
        this(projectId, from, to, reason, null);
    }
}
