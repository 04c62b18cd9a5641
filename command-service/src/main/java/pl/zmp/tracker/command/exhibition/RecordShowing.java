package pl.zmp.tracker.command.exhibition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;

import java.time.Instant;
import java.util.List;

/** Record a showing at a venue over an inclusive date range; a venue cannot host overlapping showings. */
public record RecordShowing(
        @TargetAggregateIdentifier ExhibitionId exhibitionId,
        String showingCode,
        String venueName,
        String city,
        CountryCode country,
        DateRange period,
        List<String> sideProgramme,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordShowing(ExhibitionId exhibitionId, String showingCode, String venueName, String city, CountryCode country, DateRange period, List<String> sideProgramme) {
        this(exhibitionId, showingCode, venueName, city, country, period, sideProgramme, null);
    }
}
