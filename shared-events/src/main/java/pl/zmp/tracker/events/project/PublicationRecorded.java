package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** The project published something: an issue of a series, or a book. */
@Revision("2")
public record PublicationRecorded(
        ProjectId projectId,
        String series,
        Integer issueNumber,
        String title,
        LocalDate publishedOn,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public PublicationRecorded(ProjectId projectId, String series, Integer issueNumber, String title, LocalDate publishedOn) {
        this(projectId, series, issueNumber, title, publishedOn, null);
    }
}
