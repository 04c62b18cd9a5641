package pl.zmp.tracker.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

/** Register a partner organisation. */
public record RegisterOrganisation(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String name,
        String shortName,
        OrganisationKind kind,
        CountryCode country,
        String krs,
        String regon) {
}
