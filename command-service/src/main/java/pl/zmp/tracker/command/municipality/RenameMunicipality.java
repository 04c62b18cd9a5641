package pl.zmp.tracker.command.municipality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;

/** Change the name coordinators use for a municipality. */
public record RenameMunicipality(
        @TargetAggregateIdentifier MunicipalityId municipalityId,
        String name) {
}
