package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Register an exhibition of a project. */
public record RegisterExhibition(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        ProjectId projectId,
        String title,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RegisterExhibition(ExhibitionId exhibitionId, ProjectId projectId, String title) {
        this(exhibitionId, projectId, title, null);
    }
}
