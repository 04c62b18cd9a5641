package pl.zmp.tracker.events.organisation;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.time.Instant;

/**
 * A partner organisation was registered; KRS and REGON are Polish registry numbers, where known.
 * Revision 2 calls the abbreviation {@code acronym} (revision 1: {@code shortName}); stored revision-1
 * events are read through {@link OrganisationRegisteredUpcaster}.
 */
@Revision("3")
public record OrganisationRegistered(
        OrganisationId organisationId,
        String name,
        String acronym,
        OrganisationKind kind,
        CountryCode country,
        String krs,
        String regon,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public OrganisationRegistered(OrganisationId organisationId, String name, String acronym, OrganisationKind kind, CountryCode country, String krs, String regon) {
        this(organisationId, name, acronym, kind, country, krs, regon, null);
    }
}
