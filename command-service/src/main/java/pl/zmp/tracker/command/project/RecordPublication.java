package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** Record a publication: an issue of a series, or a book. */
public record RecordPublication(
        @TargetAggregateIdentifier ProjectId projectId,
        String series,
        Integer issueNumber,
        String title,
        LocalDate publishedOn) {
}
