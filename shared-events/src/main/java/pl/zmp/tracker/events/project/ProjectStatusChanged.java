package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

/** The project moved along its lifecycle. */
@Revision("1")
public record ProjectStatusChanged(
        ProjectId projectId,
        ProjectStatus from,
        ProjectStatus to,
        String reason) {
}
