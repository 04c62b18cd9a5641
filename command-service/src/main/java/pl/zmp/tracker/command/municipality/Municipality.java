package pl.zmp.tracker.command.municipality;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.AggregateSnapshots;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.platform.teryt.PlaceNames;
import pl.zmp.tracker.platform.teryt.TercRegister;
import pl.zmp.tracker.platform.teryt.TercUnit;
import pl.zmp.tracker.events.municipality.MunicipalityCodesCorrected;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A place that takes part in projects: a Polish unit of the TERC register or a foreign municipality. */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
class Municipality {

    /** The scope of municipality codes among {@link UniqueClaims}: "PL:1465011", "UA:UA18040190010079086". */
    static final String CODE_SCOPE = "municipality-code";

    private static final String REGISTRATION = "the registration of the municipality";

    @AggregateIdentifier
    private MunicipalityId municipalityId;
    /** Business time of the registration: it is not renamed before it. */
    private Instant startedOn;
    private String name;
    private Place place;
    private LocalDate memberSince;
    private LocalDate memberUntil;

    protected Municipality() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Municipality(RegisterMunicipality command, TercRegister register, UniqueClaims claims) {
        requireName(command.name());
        Place place = place(register, command.tercCode(), command.country(), command.kind(), command.localCode());
        if (place.officialName() != null && !command.nameIsLocalSpelling()
                && !PlaceNames.isVariantOf(command.name(), place.officialName())) {
            throw CommandRejectedException.ruleViolation("NAME_CONTRADICTS_REGISTER", "the register names "
                    + place.tercCode() + " " + place.officialName() + ", not " + command.name()
                    + "; check the code, or send nameIsLocalSpelling: true if the spelling is deliberate");
        }
        if (place.codeClaim() != null) {
            claim(claims, place.codeClaim(), command.municipalityId());
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new MunicipalityRegistered(command.municipalityId(), command.name(), place.kind(), place.country(),
                place.tercCode(), place.officialName(), place.localCode(),
                command.nameIsLocalSpelling() ? Boolean.TRUE : null, occurredOn));
    }

    @CommandHandler
    void handle(RenameMunicipality command) {
        requireName(command.name());
        if (command.name().equals(name)) {
            return;
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new MunicipalityRenamed(municipalityId, command.name(), occurredOn));
    }

    @CommandHandler
    void handle(RecordZmpMembership command) {
        if (command.since() == null) {
            throw CommandRejectedException.ruleViolation("SINCE_REQUIRED",
                    "a ZMP membership needs the date it started");
        }
        if (command.until() != null && command.until().isBefore(command.since())) {
            throw CommandRejectedException.ruleViolation("INVALID_PERIOD",
                    "a ZMP membership cannot end (" + command.until() + ") before it starts (" + command.since() + ")");
        }
        if (command.since().equals(memberSince) && Objects.equals(command.until(), memberUntil)) {
            return;
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), command.since());
        apply(new ZmpMembershipRecorded(municipalityId, command.since(), command.until(), occurredOn));
    }

    @CommandHandler
    void handle(CorrectMunicipalityCodes command, TercRegister register, UniqueClaims claims) {
        Place corrected = place(register, command.tercCode(), command.country(), command.kind(), command.localCode());
        if (corrected.hasSameCodesAs(place)) {
            return;
        }
        String oldClaim = place.codeClaim();
        String newClaim = corrected.codeClaim();
        if (!Objects.equals(oldClaim, newClaim)) {
            // claim first: a taken code rejects the command before the old claim is given up
            if (newClaim != null) {
                claim(claims, newClaim, municipalityId);
            }
            if (oldClaim != null) {
                claims.release(CODE_SCOPE, oldClaim, municipalityId.value());
            }
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new MunicipalityCodesCorrected(municipalityId, corrected.kind(), corrected.country(),
                corrected.tercCode(), corrected.officialName(), corrected.localCode(), occurredOn));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw CommandRejectedException.ruleViolation("NAME_REQUIRED", "a municipality needs a name");
        }
    }

    /**
     * Where a place is, by the rules registration and correction share: a Polish place by its TERC code
     * (official name and kind from the register), a foreign one by its country.
     */
    private static Place place(TercRegister register, TercCode tercCode, CountryCode country,
                               MunicipalityKind kind, String localCode) {
        if (tercCode != null) {
            if (country != null && !country.isPoland()) {
                throw CommandRejectedException.ruleViolation("COUNTRY_CONTRADICTS_TERC_CODE",
                        "a place with a TERC code is in Poland (PL), not " + country);
            }
            TercUnit unit = register.find(tercCode).orElseThrow(() -> CommandRejectedException.ruleViolation(
                    "UNKNOWN_TERC_CODE", "TERC code " + tercCode + " is not in the TERC register"));
            if (kind != null && kind != unit.kind()) {
                throw CommandRejectedException.ruleViolation("KIND_CONTRADICTS_REGISTER",
                        "the register lists " + tercCode + " (" + unit.officialName() + ") as "
                                + unit.registerKind() + ", which is " + unit.kind() + ", not " + kind);
            }
            return new Place(unit.kind(), CountryCode.POLAND, tercCode, unit.officialName(), localCode);
        }
        if (country == null) {
            throw CommandRejectedException.ruleViolation("COUNTRY_REQUIRED",
                    "a place without a TERC code is foreign and needs its country");
        }
        if (country.isPoland()) {
            throw CommandRejectedException.ruleViolation("TERC_CODE_REQUIRED",
                    "a Polish place needs its TERC code");
        }
        if (kind != null && kind != MunicipalityKind.FOREIGN_MUNICIPALITY) {
            throw CommandRejectedException.ruleViolation("KIND_CONTRADICTS_REGISTER",
                    "a place without a TERC code is a foreign municipality, not " + kind);
        }
        return new Place(MunicipalityKind.FOREIGN_MUNICIPALITY, country, null, null, localCode);
    }

    private static void claim(UniqueClaims claims, String code, MunicipalityId owner) {
        if (!claims.claim(CODE_SCOPE, code, owner.value())) {
            throw CommandRejectedException.conflict("DUPLICATE_CODE",
                    "another municipality is already registered with code " + code);
        }
    }

    @EventSourcingHandler
    void on(MunicipalityRegistered event) {
        municipalityId = event.municipalityId();
        startedOn = event.occurredOn();
        name = event.name();
        place = new Place(event.kind(), event.country(), event.tercCode(), event.officialName(), event.localCode());
    }

    @EventSourcingHandler
    void on(MunicipalityRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ZmpMembershipRecorded event) {
        memberSince = event.since();
        memberUntil = event.until();
    }

    @EventSourcingHandler
    void on(MunicipalityCodesCorrected event) {
        place = new Place(event.kind(), event.country(), event.tercCode(), event.officialName(), event.localCode());
    }

    /** Where the place is and what kind it is; the official name comes from the register. */
    private record Place(MunicipalityKind kind, CountryCode country, TercCode tercCode, String officialName,
                         String localCode) {

        /** The code the place holds among municipalities: its TERC code, or a foreign local code; none without one. */
        String codeClaim() {
            if (tercCode != null) {
                return CountryCode.POLAND.value() + ":" + tercCode.value();
            }
            return localCode == null ? null : country.value() + ":" + localCode;
        }

        boolean hasSameCodesAs(Place other) {
            return kind == other.kind && Objects.equals(country, other.country)
                    && Objects.equals(tercCode, other.tercCode) && Objects.equals(localCode, other.localCode);
        }
    }
}
