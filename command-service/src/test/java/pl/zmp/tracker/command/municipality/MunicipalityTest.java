package pl.zmp.tracker.command.municipality;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.infra.CommandRejectedException;
import pl.zmp.tracker.command.infra.UniqueClaims;
import pl.zmp.tracker.command.teryt.TercRegister;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class MunicipalityTest {

    private static final TercRegister REGISTER = new TercRegister();
    private static final MunicipalityId ID = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");

    private final Map<String, String> claims = new HashMap<>();
    private AggregateTestFixture<Municipality> fixture;

    @BeforeEach
    void setUp() {
        UniqueClaims codes = mock(UniqueClaims.class);
        when(codes.claim(eq(Municipality.CODE_SCOPE), anyString(), anyString())).thenAnswer(call ->
                claims.computeIfAbsent(call.getArgument(1), code -> call.getArgument(2)).equals(call.getArgument(2)));
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerInjectableResource(REGISTER);
        fixture.registerInjectableResource(codes);
    }

    @Test
    void registersPolishMunicipalityWithOfficialNameAndKindFromRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Sołec Zdrój", null, CountryCode.POLAND, new TercCode("2601052"), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MunicipalityRegistered(ID, "Sołec Zdrój", MunicipalityKind.RURAL_GMINA,
                        CountryCode.POLAND, new TercCode("2601052"), "Solec-Zdrój", null));
        assertThat(claims).containsEntry("PL:2601052", ID.value());
    }

    @Test
    void acceptsKindThatAgreesWithRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", MunicipalityKind.CITY, CountryCode.POLAND,
                        new TercCode("1465011"), null))
                .expectEvents(new MunicipalityRegistered(ID, "Warszawa", MunicipalityKind.CITY,
                        CountryCode.POLAND, new TercCode("1465011"), "Warszawa", null));
    }

    @Test
    void registersForeignMunicipalityWithCountryAndLocalCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Żytomierz", null, new CountryCode("UA"), null, "UA18040190010079086"))
                .expectEvents(new MunicipalityRegistered(ID, "Żytomierz", MunicipalityKind.FOREIGN_MUNICIPALITY,
                        new CountryCode("UA"), null, null, "UA18040190010079086"));
        assertThat(claims).containsKey("UA:UA18040190010079086");
    }

    @Test
    void registersForeignMunicipalityWithoutLocalCodeClaimingNothing() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Jemilczyne", null, new CountryCode("UA"), null, null))
                .expectSuccessfulHandlerExecution();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsCodeMissingFromRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Nowhere", null, CountryCode.POLAND, new TercCode("9999999"), null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("TERC code 9999999 is not in the TERC register")
                .expectNoEvents();
    }

    @Test
    void rejectsKindThatContradictsRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Sierpc", MunicipalityKind.CITY, CountryCode.POLAND,
                        new TercCode("1427052"), null))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsPolishKindForForeignPlace() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Lwów", MunicipalityKind.CITY, new CountryCode("UA"), null, null))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateTercCode() {
        claims.put("PL:1465011", "00000000-0000-0000-0000-000000000001");
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", null, CountryCode.POLAND, new TercCode("1465011"), null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("another municipality is already registered with code PL:1465011")
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateForeignLocalCode() {
        claims.put("UA:UA18040190010079086", "00000000-0000-0000-0000-000000000001");
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Żytomierz", null, new CountryCode("UA"), null, "UA18040190010079086"))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }
}
