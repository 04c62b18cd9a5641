package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ExhibitionId;

/** Cancel a showing, giving the reason. */
public record CancelShowing(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        String showingCode,
        String reason) {
}
