package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.Venue;

import java.util.List;

/** The exhibition is shown at a venue over an inclusive date range, with its side programme. */
@Revision("1")
public record ShowingRecorded(
        ExhibitionId exhibitionId,
        String showingCode,
        Venue venue,
        DateRange period,
        List<String> sideProgramme) {

    public ShowingRecorded {
        sideProgramme = sideProgramme == null ? List.of() : List.copyOf(sideProgramme);
    }
}
