package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;

import java.time.Instant;

/** A showing moved to other dates. */
@Revision("2")
public record ShowingRescheduled(
        ExhibitionId exhibitionId,
        String showingCode,
        DateRange previousPeriod,
        DateRange period,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ShowingRescheduled(ExhibitionId exhibitionId, String showingCode, DateRange previousPeriod, DateRange period) {
        this(exhibitionId, showingCode, previousPeriod, period, null);
    }
}
