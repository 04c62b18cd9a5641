package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;

/** Move a showing to other dates. */
public record RescheduleShowing(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        String showingCode,
        DateRange period) {
}
