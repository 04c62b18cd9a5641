package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;

import java.time.Instant;

/** Move a showing to other dates. */
record RescheduleShowing(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        String showingCode,
        DateRange period,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RescheduleShowing(ExhibitionId exhibitionId, String showingCode, DateRange period) {
        this(exhibitionId, showingCode, period, null);
    }
}
