package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.Venue;

import java.time.Instant;
import java.util.List;

/** The exhibition is shown at a venue over an inclusive date range, with its side programme. */
@Revision("2")
public record ShowingRecorded(
        ExhibitionId exhibitionId,
        String showingCode,
        Venue venue,
        DateRange period,
        List<String> sideProgramme,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ShowingRecorded(ExhibitionId exhibitionId, String showingCode, Venue venue, DateRange period, List<String> sideProgramme) {
        this(exhibitionId, showingCode, venue, period, sideProgramme, null);
    }

    public ShowingRecorded {
        sideProgramme = sideProgramme == null ? List.of() : List.copyOf(sideProgramme);
    }
}
