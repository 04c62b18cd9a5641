package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** The project published something: an issue of a series, or a book. */
@Revision("1")
public record PublicationRecorded(
        ProjectId projectId,
        String series,
        Integer issueNumber,
        String title,
        LocalDate publishedOn) {
}
