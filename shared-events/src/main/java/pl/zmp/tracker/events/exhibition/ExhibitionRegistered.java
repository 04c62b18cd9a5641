package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

/** An exhibition of a project was registered. */
@Revision("1")
public record ExhibitionRegistered(
        ExhibitionId exhibitionId,
        ProjectId projectId,
        String title) {
}
