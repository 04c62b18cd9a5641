package pl.zmp.tracker.command.municipality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.Instant;

/**
 * Register a place that takes part in projects. A Polish place gives its TERC code (its kind, if
 * given, must agree with the register, and its name must be the register's name or a variant of it
 * unless {@code nameIsLocalSpelling} says the spelling is deliberate); a foreign one its country and
 * optional local code.
 */
public record RegisterMunicipality(
        @TargetAggregateIdentifier MunicipalityId municipalityId,
        String name,
        MunicipalityKind kind,
        CountryCode country,
        TercCode tercCode,
        String localCode,
        boolean nameIsLocalSpelling,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RegisterMunicipality(MunicipalityId municipalityId, String name, MunicipalityKind kind, CountryCode country, TercCode tercCode, String localCode, boolean nameIsLocalSpelling) {
        this(municipalityId, name, kind, country, tercCode, localCode, nameIsLocalSpelling, null);
    }

    public RegisterMunicipality(MunicipalityId municipalityId, String name, MunicipalityKind kind, CountryCode country,
                                TercCode tercCode, String localCode) {
        this(municipalityId, name, kind, country, tercCode, localCode, false);
    }
}
