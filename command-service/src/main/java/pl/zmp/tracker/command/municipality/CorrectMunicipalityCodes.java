package pl.zmp.tracker.command.municipality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.Instant;

/** Correct a municipality's codes: a Polish place's TERC code (its kind, if given, must agree with the register), or a foreign one's country and local code. */
record CorrectMunicipalityCodes(
        @TargetAggregateIdentifier MunicipalityId municipalityId,
        MunicipalityKind kind,
        CountryCode country,
        TercCode tercCode,
        String localCode,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public CorrectMunicipalityCodes(MunicipalityId municipalityId, MunicipalityKind kind, CountryCode country, TercCode tercCode, String localCode) {
        this(municipalityId, kind, country, tercCode, localCode, null);
    }
}
