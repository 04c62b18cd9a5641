package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** An exhibition of a project was registered. */
@Revision("2")
public record ExhibitionRegistered(
        ExhibitionId exhibitionId,
        ProjectId projectId,
        String title,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ExhibitionRegistered(ExhibitionId exhibitionId, ProjectId projectId, String title) {
        this(exhibitionId, projectId, title, null);
    }
}
