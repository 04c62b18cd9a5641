package pl.zmp.tracker.events.organisation;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

/** A partner organisation was registered; KRS and REGON are Polish registry numbers, where known. */
@Revision("1")
public record OrganisationRegistered(
        OrganisationId organisationId,
        String name,
        String shortName,
        OrganisationKind kind,
        CountryCode country,
        String krs,
        String regon) {
}
