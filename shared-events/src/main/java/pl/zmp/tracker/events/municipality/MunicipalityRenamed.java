package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.Instant;

/** The name coordinators use for a municipality changed. */
@Revision("2")
public record MunicipalityRenamed(
        MunicipalityId municipalityId,
        String name,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MunicipalityRenamed(MunicipalityId municipalityId, String name) {
        this(municipalityId, name, null);
    }
}
