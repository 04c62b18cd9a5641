package pl.zmp.tracker.command.municipality;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.infra.CommandRejectedException;
import pl.zmp.tracker.command.infra.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.infra.UniqueClaims;
import pl.zmp.tracker.command.teryt.TercRegister;
import pl.zmp.tracker.command.teryt.TercUnit;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A place that takes part in projects: a Polish unit of the TERC register or a foreign municipality. */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME)
public class Municipality {

    /** The scope of municipality codes among {@link UniqueClaims}: "PL:1465011", "UA:UA18040190010079086". */
    static final String CODE_SCOPE = "municipality-code";

    @AggregateIdentifier
    private MunicipalityId municipalityId;

    protected Municipality() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Municipality(RegisterMunicipality command, TercRegister register, UniqueClaims codes) {
        if (command.tercCode() != null) {
            TercUnit unit = register.find(command.tercCode()).orElseThrow(() -> CommandRejectedException.ruleViolation(
                    "UNKNOWN_TERC_CODE", "TERC code " + command.tercCode() + " is not in the TERC register"));
            if (command.kind() != null && command.kind() != unit.kind()) {
                throw CommandRejectedException.ruleViolation("KIND_CONTRADICTS_REGISTER",
                        "the register lists " + command.tercCode() + " (" + unit.officialName() + ") as "
                                + unit.registerKind() + ", which is " + unit.kind() + ", not " + command.kind());
            }
            claim(codes, "PL:" + command.tercCode().value(), command);
            apply(new MunicipalityRegistered(command.municipalityId(), command.name(), unit.kind(),
                    CountryCode.POLAND, command.tercCode(), unit.officialName(), command.localCode()));
        } else {
            if (command.kind() != null && command.kind() != MunicipalityKind.FOREIGN_MUNICIPALITY) {
                throw CommandRejectedException.ruleViolation("KIND_CONTRADICTS_REGISTER",
                        "a place without a TERC code is a foreign municipality, not " + command.kind());
            }
            if (command.localCode() != null) {
                claim(codes, command.country().value() + ":" + command.localCode(), command);
            }
            apply(new MunicipalityRegistered(command.municipalityId(), command.name(),
                    MunicipalityKind.FOREIGN_MUNICIPALITY, command.country(), null, null, command.localCode()));
        }
    }

    private static void claim(UniqueClaims codes, String code, RegisterMunicipality command) {
        if (!codes.claim(CODE_SCOPE, code, command.municipalityId().value())) {
            throw CommandRejectedException.conflict("DUPLICATE_CODE",
                    "another municipality is already registered with code " + code);
        }
    }

    @EventSourcingHandler
    void on(MunicipalityRegistered event) {
        municipalityId = event.municipalityId();
    }
}
