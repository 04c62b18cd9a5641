package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

/** Register an exhibition of a project. */
public record RegisterExhibition(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        ProjectId projectId,
        String title) {
}
