package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;

/** A showing moved to other dates. */
@Revision("1")
public record ShowingRescheduled(
        ExhibitionId exhibitionId,
        String showingCode,
        DateRange previousPeriod,
        DateRange period) {
}
