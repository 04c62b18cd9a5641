package pl.zmp.tracker.events.exhibition;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ExhibitionId;

/** A showing will not take place. */
@Revision("1")
public record ShowingCancelled(
        ExhibitionId exhibitionId,
        String showingCode,
        String reason) {
}
