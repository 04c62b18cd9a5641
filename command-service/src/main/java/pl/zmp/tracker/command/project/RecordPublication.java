package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** Record a publication: an issue of a series, or a book. */
record RecordPublication(
        @TargetAggregateIdentifier ProjectId projectId,
        String series,
        Integer issueNumber,
        String title,
        LocalDate publishedOn,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordPublication(ProjectId projectId, String series, Integer issueNumber, String title, LocalDate publishedOn) {
        this(projectId, series, issueNumber, title, publishedOn, null);
    }
}
