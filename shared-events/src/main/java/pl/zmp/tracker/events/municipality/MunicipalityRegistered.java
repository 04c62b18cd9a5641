package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.Instant;

/**
 * A place that takes part in projects was registered. Polish places carry their TERC code and
 * the register's official name; foreign ones their country and, where known, a local code
 * (for Ukraine: KATOTTH). {@code nameIsLocalSpelling} is true when the coordinator said the name
 * deliberately differs from the official one (absent otherwise).
 */
@Revision("2")
public record MunicipalityRegistered(
        MunicipalityId municipalityId,
        String name,
        MunicipalityKind kind,
        CountryCode country,
        TercCode tercCode,
        String officialName,
        String localCode,
        Boolean nameIsLocalSpelling,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public MunicipalityRegistered(MunicipalityId municipalityId, String name, MunicipalityKind kind, CountryCode country, TercCode tercCode, String officialName, String localCode, Boolean nameIsLocalSpelling) {
        this(municipalityId, name, kind, country, tercCode, officialName, localCode, nameIsLocalSpelling, null);
    }

    /** A registration whose name is the register's or a variant of it (and every one recorded before the flag). */
    public MunicipalityRegistered(MunicipalityId municipalityId, String name, MunicipalityKind kind, CountryCode country,
                                  TercCode tercCode, String officialName, String localCode) {
        this(municipalityId, name, kind, country, tercCode, officialName, localCode, null);
    }
}
