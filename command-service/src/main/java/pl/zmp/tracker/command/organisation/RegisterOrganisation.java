package pl.zmp.tracker.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.time.Instant;

/** Register a partner organisation. */
public record RegisterOrganisation(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String name,
        String shortName,
        OrganisationKind kind,
        CountryCode country,
        String krs,
        String regon,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RegisterOrganisation(OrganisationId organisationId, String name, String shortName, OrganisationKind kind, CountryCode country, String krs, String regon) {
        this(organisationId, name, shortName, kind, country, krs, regon, null);
    }
}
