package pl.zmp.tracker.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.values.OrganisationId;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A partner organisation that takes part in projects (ministry, association, foundation, agency...). */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME)
class Organisation {

    /** The scope of KRS numbers among {@link UniqueClaims}: a KRS number belongs to one organisation. */
    static final String KRS_SCOPE = "organisation-krs";

    @AggregateIdentifier
    private OrganisationId organisationId;
    private String name;
    private String acronym;

    protected Organisation() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Organisation(RegisterOrganisation command, UniqueClaims claims) {
        if (command.name() == null || command.name().isBlank()) {
            throw CommandRejectedException.ruleViolation("NAME_REQUIRED", "an organisation needs a name");
        }
        if (command.kind() == null) {
            throw CommandRejectedException.ruleViolation("KIND_REQUIRED", "an organisation needs its kind");
        }
        if (command.country() == null) {
            throw CommandRejectedException.ruleViolation("COUNTRY_REQUIRED", "an organisation needs its country");
        }
        if (command.krs() != null && !PolishRegistryNumbers.isValidKrs(command.krs())) {
            throw CommandRejectedException.ruleViolation("INVALID_KRS",
                    "a KRS number has 10 digits: " + command.krs());
        }
        if (command.regon() != null && !PolishRegistryNumbers.isValidRegon(command.regon())) {
            throw CommandRejectedException.ruleViolation("INVALID_REGON",
                    "not a REGON of 9 or 14 digits with a valid check digit: " + command.regon());
        }
        if (command.krs() != null && !claims.claim(KRS_SCOPE, command.krs(), command.organisationId().value())) {
            throw CommandRejectedException.conflict("DUPLICATE_KRS",
                    "another organisation is already registered with KRS " + command.krs());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new OrganisationRegistered(command.organisationId(), command.name(), command.shortName(),
                command.kind(), command.country(), command.krs(), command.regon(), occurredOn));
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        name = event.name();
        acronym = event.acronym();
    }
}
