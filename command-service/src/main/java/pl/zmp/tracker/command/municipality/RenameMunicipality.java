package pl.zmp.tracker.command.municipality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.Instant;

/** Change the name coordinators use for a municipality. */
public record RenameMunicipality(
        @TargetAggregateIdentifier MunicipalityId municipalityId,
        String name,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RenameMunicipality(MunicipalityId municipalityId, String name) {
        this(municipalityId, name, null);
    }
}
