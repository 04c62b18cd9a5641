package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.Instant;

/** A municipality's codes were corrected: for a Polish place the TERC code with the register's official name and kind, for a foreign one its country and local code. */
@Revision("2")
public record MunicipalityCodesCorrected(
        MunicipalityId municipalityId,
        MunicipalityKind kind,
        CountryCode country,
        TercCode tercCode,
        String officialName,
        String localCode,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MunicipalityCodesCorrected(MunicipalityId municipalityId, MunicipalityKind kind, CountryCode country, TercCode tercCode, String officialName, String localCode) {
        this(municipalityId, kind, country, tercCode, officialName, localCode, null);
    }
}
