package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;

/** The name coordinators use for a municipality changed. */
@Revision("1")
public record MunicipalityRenamed(
        MunicipalityId municipalityId,
        String name) {
}
