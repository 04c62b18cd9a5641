package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ExhibitionId;

import java.time.Instant;

/** A showing will not take place. */
@Revision("2")
public record ShowingCancelled(
        ExhibitionId exhibitionId,
        String showingCode,
        String reason,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ShowingCancelled(ExhibitionId exhibitionId, String showingCode, String reason) {
        this(exhibitionId, showingCode, reason, null);
    }
}
