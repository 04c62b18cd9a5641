package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ExhibitionId;

import java.time.Instant;

/** Cancel a showing, giving the reason. */
public record CancelShowing(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        String showingCode,
        String reason,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public CancelShowing(ExhibitionId exhibitionId, String showingCode, String reason) {
        this(exhibitionId, showingCode, reason, null);
    }
}
