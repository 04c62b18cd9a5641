package pl.zmp.tracker.command.municipality;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.CommandRejectedException.Kind;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.platform.teryt.TercRegister;
import pl.zmp.tracker.events.municipality.MunicipalityCodesCorrected;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MunicipalityTest {

    private static final TercRegister REGISTER = new TercRegister();
    private static final MunicipalityId ID = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final String OTHER_OWNER = "00000000-0000-0000-0000-000000000001";
    private static final CountryCode UKRAINE = new CountryCode("UA");
    private static final TercCode WARSZAWA = new TercCode("1465011");
    private static final TercCode SIERPC_CITY = new TercCode("1427011");
    private static final TercCode SIERPC_RURAL = new TercCode("1427052");
    private static final String ZHYTOMYR_CODE = "UA18040190010079086";
    private static final String OTHER_UA_CODE = "UA18040190000052049";
    private static final LocalDate SINCE = LocalDate.of(1990, 5, 25);
    private static final LocalDate UNTIL = LocalDate.of(2019, 12, 31);

    private final Map<String, String> claims = new HashMap<>();
    private UniqueClaims codes;
    private AggregateTestFixture<Municipality> fixture;

    @BeforeEach
    void setUp() {
        codes = mock(UniqueClaims.class);
        when(codes.claim(eq(Municipality.CODE_SCOPE), anyString(), anyString())).thenAnswer(call ->
                claims.computeIfAbsent(call.getArgument(1), code -> call.getArgument(2)).equals(call.getArgument(2)));
        doAnswer(call -> claims.remove(call.getArgument(1), call.getArgument(2)))
                .when(codes).release(eq(Municipality.CODE_SCOPE), anyString(), anyString());
        fixture = new AggregateTestFixture<>(Municipality.class);
        // business time defaults to now here; Project- and RecruitmentBusinessTimeTest prove its rules
        fixture.registerFieldFilter(field -> !field.getName().equals("occurredOn"));
        fixture.registerInjectableResource(REGISTER);
        fixture.registerInjectableResource(codes);
    }

    // registration

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
    void rejectsNameThatContradictsTheRegisterForTheCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Nysa", null, CountryCode.POLAND, new TercCode("1610044"), null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the register names 1610044 Prudnik, not Nysa; check the code, or send "
                        + "nameIsLocalSpelling: true if the spelling is deliberate")
                .expectNoEvents();
    }

    @Test
    void keepsADeliberateLocalSpellingAndSaysSoInTheEvent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Prudnik (Prudnig)", null, CountryCode.POLAND,
                        new TercCode("1610044"), null, true))
                .expectEvents(new MunicipalityRegistered(ID, "Prudnik (Prudnig)", MunicipalityKind.CITY,
                        CountryCode.POLAND, new TercCode("1610044"), "Prudnik", null, true));
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Neisse", null, CountryCode.POLAND, new TercCode("1607054"), null, true))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WARSZAWA", "m.st. Warszawa", "Miasto Stołeczne Warszawa", "warszawa "})
    void acceptsVariantsOfTheOfficialName(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, name, null, CountryCode.POLAND, WARSZAWA, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptsKindThatAgreesWithRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", MunicipalityKind.CITY, CountryCode.POLAND,
                        WARSZAWA, null))
                .expectEvents(warszawaRegistered());
    }

    @Test
    void registersPolishPlaceGivenWithoutCountryInPoland() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", null, null, WARSZAWA, null))
                .expectEvents(warszawaRegistered());
    }

    @Test
    void registersForeignMunicipalityWithCountryAndLocalCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Żytomierz", null, UKRAINE, null, ZHYTOMYR_CODE))
                .expectEvents(zhytomyrRegistered(ZHYTOMYR_CODE));
        assertThat(claims).containsKey("UA:" + ZHYTOMYR_CODE);
    }

    @Test
    void registersForeignMunicipalityWithoutLocalCodeClaimingNothing() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Jemilczyne", MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE,
                        null, null))
                .expectEvents(new MunicipalityRegistered(ID, "Jemilczyne", MunicipalityKind.FOREIGN_MUNICIPALITY,
                        UKRAINE, null, null, null));
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsRegistrationWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, " ", null, CountryCode.POLAND, WARSZAWA, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "NAME_REQUIRED"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsCodeMissingFromRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Nowhere", null, CountryCode.POLAND, new TercCode("9999999"), null))
                .expectException(rejected(Kind.RULE_VIOLATION, "UNKNOWN_TERC_CODE"))
                .expectExceptionMessage("TERC code 9999999 is not in the TERC register")
                .expectNoEvents();
    }

    @Test
    void rejectsKindThatContradictsRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Sierpc", MunicipalityKind.CITY, CountryCode.POLAND,
                        SIERPC_RURAL, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "KIND_CONTRADICTS_REGISTER"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsPolishKindForForeignPlace() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Lwów", MunicipalityKind.CITY, UKRAINE, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "KIND_CONTRADICTS_REGISTER"))
                .expectNoEvents();
    }

    @Test
    void rejectsPlaceWithNeitherTercCodeNorCountry() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Gdzieś", null, null, null, "X1"))
                .expectException(rejected(Kind.RULE_VIOLATION, "COUNTRY_REQUIRED"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsPolishPlaceWithoutTercCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", null, CountryCode.POLAND, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "TERC_CODE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsForeignCountryBesideTercCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", null, UKRAINE, WARSZAWA, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "COUNTRY_CONTRADICTS_TERC_CODE"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsDuplicateTercCode() {
        claims.put("PL:1465011", OTHER_OWNER);
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Warszawa", null, CountryCode.POLAND, WARSZAWA, null))
                .expectException(rejected(Kind.CONFLICT, "DUPLICATE_CODE"))
                .expectExceptionMessage("another municipality is already registered with code PL:1465011")
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateForeignLocalCode() {
        claims.put("UA:" + ZHYTOMYR_CODE, OTHER_OWNER);
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(ID, "Żytomierz", null, UKRAINE, null, ZHYTOMYR_CODE))
                .expectException(rejected(Kind.CONFLICT, "DUPLICATE_CODE"))
                .expectNoEvents();
    }

    // renaming

    @Test
    void renamesMunicipality() {
        fixture.given(warszawaRegistered())
                .when(new RenameMunicipality(ID, "m.st. Warszawa"))
                .expectEvents(new MunicipalityRenamed(ID, "m.st. Warszawa"));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        fixture.given(warszawaRegistered())
                .when(new RenameMunicipality(ID, "Warszawa"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamingToTheNameOfTheLastRenameChangesNothing() {
        fixture.given(warszawaRegistered(), new MunicipalityRenamed(ID, "m.st. Warszawa"))
                .when(new RenameMunicipality(ID, "m.st. Warszawa"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamingBackToTheRegisteredNameIsAChange() {
        fixture.given(warszawaRegistered(), new MunicipalityRenamed(ID, "m.st. Warszawa"))
                .when(new RenameMunicipality(ID, "Warszawa"))
                .expectEvents(new MunicipalityRenamed(ID, "Warszawa"));
    }

    @Test
    void rejectsBlankName() {
        fixture.given(warszawaRegistered())
                .when(new RenameMunicipality(ID, "  "))
                .expectException(rejected(Kind.RULE_VIOLATION, "NAME_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingName() {
        fixture.given(warszawaRegistered())
                .when(new RenameMunicipality(ID, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "NAME_REQUIRED"))
                .expectNoEvents();
    }

    // ZMP membership

    @Test
    void recordsOngoingMembership() {
        fixture.given(warszawaRegistered())
                .when(new RecordZmpMembership(ID, SINCE, null))
                .expectEvents(new ZmpMembershipRecorded(ID, SINCE, null));
    }

    @Test
    void recordsEndedMembership() {
        fixture.given(warszawaRegistered())
                .when(new RecordZmpMembership(ID, SINCE, UNTIL))
                .expectEvents(new ZmpMembershipRecorded(ID, SINCE, UNTIL));
    }

    @Test
    void acceptsMembershipEndingOnTheDayItStarted() {
        fixture.given(warszawaRegistered())
                .when(new RecordZmpMembership(ID, SINCE, SINCE))
                .expectEvents(new ZmpMembershipRecorded(ID, SINCE, SINCE));
    }

    @Test
    void laterStatementSupersedesTheEarlierOne() {
        fixture.given(warszawaRegistered(), new ZmpMembershipRecorded(ID, SINCE, null))
                .when(new RecordZmpMembership(ID, SINCE, UNTIL))
                .expectEvents(new ZmpMembershipRecorded(ID, SINCE, UNTIL));
    }

    @Test
    void correctedStartIsAChange() {
        fixture.given(warszawaRegistered(), new ZmpMembershipRecorded(ID, SINCE, UNTIL))
                .when(new RecordZmpMembership(ID, SINCE.plusDays(1), UNTIL))
                .expectEvents(new ZmpMembershipRecorded(ID, SINCE.plusDays(1), UNTIL));
    }

    @Test
    void identicalStatementChangesNothing() {
        fixture.given(warszawaRegistered(), new ZmpMembershipRecorded(ID, SINCE, UNTIL))
                .when(new RecordZmpMembership(ID, SINCE, UNTIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void identicalOngoingStatementChangesNothing() {
        fixture.given(warszawaRegistered(), new ZmpMembershipRecorded(ID, SINCE, null))
                .when(new RecordZmpMembership(ID, SINCE, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsMembershipWithoutStart() {
        fixture.given(warszawaRegistered())
                .when(new RecordZmpMembership(ID, null, UNTIL))
                .expectException(rejected(Kind.RULE_VIOLATION, "SINCE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsMembershipEndingBeforeItStarts() {
        fixture.given(warszawaRegistered())
                .when(new RecordZmpMembership(ID, UNTIL, SINCE))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_PERIOD"))
                .expectExceptionMessage("a ZMP membership cannot end (1990-05-25) before it starts (2019-12-31)")
                .expectNoEvents();
    }

    // correcting codes

    @Test
    void correctsTercCodeToTheRegistersNameAndKindAndMovesTheClaim() {
        claims.put("PL:1427052", ID.value());
        fixture.given(sierpcRuralRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, SIERPC_CITY, null))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.CITY, CountryCode.POLAND,
                        SIERPC_CITY, "Sierpc", null));
        assertThat(claims).containsExactly(Map.entry("PL:1427011", ID.value()));
    }

    @Test
    void correctsTercCodeGivenWithAgreeingKindAndNoCountry() {
        claims.put("PL:1427052", ID.value());
        fixture.given(sierpcRuralRegistered())
                .when(new CorrectMunicipalityCodes(ID, MunicipalityKind.CITY, null, SIERPC_CITY, null))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.CITY, CountryCode.POLAND,
                        SIERPC_CITY, "Sierpc", null));
    }

    @Test
    void correctsForeignLocalCodeAndMovesTheClaim() {
        claims.put("UA:" + ZHYTOMYR_CODE, ID.value());
        fixture.given(zhytomyrRegistered(ZHYTOMYR_CODE))
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, null, OTHER_UA_CODE))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE,
                        null, null, OTHER_UA_CODE));
        assertThat(claims).containsExactly(Map.entry("UA:" + OTHER_UA_CODE, ID.value()));
    }

    @Test
    void addsLocalCodeToForeignPlaceThatHadNone() {
        fixture.given(zhytomyrRegistered(null))
                .when(new CorrectMunicipalityCodes(ID, MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE, null,
                        ZHYTOMYR_CODE))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE,
                        null, null, ZHYTOMYR_CODE));
        assertThat(claims).containsExactly(Map.entry("UA:" + ZHYTOMYR_CODE, ID.value()));
        verify(codes, never()).release(anyString(), anyString(), anyString());
    }

    @Test
    void removingForeignLocalCodeReleasesItsClaim() {
        claims.put("UA:" + ZHYTOMYR_CODE, ID.value());
        fixture.given(zhytomyrRegistered(ZHYTOMYR_CODE))
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, null, null))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE,
                        null, null, null));
        assertThat(claims).isEmpty();
    }

    @Test
    void correctsPolishPlaceIntoForeignOne() {
        claims.put("PL:1465011", ID.value());
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, null, ZHYTOMYR_CODE))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE,
                        null, null, ZHYTOMYR_CODE));
        assertThat(claims).containsExactly(Map.entry("UA:" + ZHYTOMYR_CODE, ID.value()));
    }

    @Test
    void addingLocalCodeToPolishPlaceKeepsItsTercClaim() {
        claims.put("PL:1465011", ID.value());
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, WARSZAWA, "146501"))
                .expectEvents(new MunicipalityCodesCorrected(ID, MunicipalityKind.CITY, CountryCode.POLAND,
                        WARSZAWA, "Warszawa", "146501"));
        assertThat(claims).containsExactly(Map.entry("PL:1465011", ID.value()));
        verify(codes, never()).release(anyString(), anyString(), anyString());
    }

    @Test
    void unchangedTercCodeChangesNothing() {
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, MunicipalityKind.CITY, CountryCode.POLAND, WARSZAWA, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        verify(codes, never()).release(anyString(), anyString(), anyString());
    }

    @Test
    void unchangedForeignCodesChangeNothing() {
        fixture.given(zhytomyrRegistered(ZHYTOMYR_CODE))
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, null, ZHYTOMYR_CODE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void codesOfTheLastCorrectionCountAsUnchanged() {
        fixture.given(sierpcRuralRegistered(), new MunicipalityCodesCorrected(ID, MunicipalityKind.CITY,
                        CountryCode.POLAND, SIERPC_CITY, "Sierpc", null))
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, SIERPC_CITY, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionToCodeMissingFromRegister() {
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, new TercCode("9999999"), null))
                .expectException(rejected(Kind.RULE_VIOLATION, "UNKNOWN_TERC_CODE"))
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionWithKindThatContradictsRegister() {
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, MunicipalityKind.CITY, CountryCode.POLAND, SIERPC_RURAL, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "KIND_CONTRADICTS_REGISTER"))
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionGivingForeignPlaceAPolishKind() {
        fixture.given(zhytomyrRegistered(null))
                .when(new CorrectMunicipalityCodes(ID, MunicipalityKind.CITY, UKRAINE, null, ZHYTOMYR_CODE))
                .expectException(rejected(Kind.RULE_VIOLATION, "KIND_CONTRADICTS_REGISTER"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsCorrectionWithNeitherTercCodeNorCountry() {
        fixture.given(warszawaRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, null, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "COUNTRY_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionToPolandWithoutTercCode() {
        fixture.given(zhytomyrRegistered(null))
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "TERC_CODE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionWithForeignCountryBesideTercCode() {
        fixture.given(zhytomyrRegistered(null))
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, WARSZAWA, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "COUNTRY_CONTRADICTS_TERC_CODE"))
                .expectNoEvents();
    }

    @Test
    void rejectsCorrectionToCodeHeldByAnotherMunicipalityKeepingTheOldClaim() {
        claims.put("PL:1427052", ID.value());
        claims.put("PL:1427011", OTHER_OWNER);
        fixture.given(sierpcRuralRegistered())
                .when(new CorrectMunicipalityCodes(ID, null, CountryCode.POLAND, SIERPC_CITY, null))
                .expectException(rejected(Kind.CONFLICT, "DUPLICATE_CODE"))
                .expectExceptionMessage("another municipality is already registered with code PL:1427011")
                .expectNoEvents();
        assertThat(claims).containsEntry("PL:1427052", ID.value()).containsEntry("PL:1427011", OTHER_OWNER);
        verify(codes, never()).release(anyString(), anyString(), anyString());
    }

    @Test
    void rejectsCorrectionToForeignLocalCodeHeldByAnotherMunicipality() {
        claims.put("UA:" + OTHER_UA_CODE, OTHER_OWNER);
        fixture.given(zhytomyrRegistered(null))
                .when(new CorrectMunicipalityCodes(ID, null, UKRAINE, null, OTHER_UA_CODE))
                .expectException(rejected(Kind.CONFLICT, "DUPLICATE_CODE"))
                .expectNoEvents();
    }

    private static MunicipalityRegistered warszawaRegistered() {
        return new MunicipalityRegistered(ID, "Warszawa", MunicipalityKind.CITY, CountryCode.POLAND, WARSZAWA,
                "Warszawa", null);
    }

    private static MunicipalityRegistered sierpcRuralRegistered() {
        return new MunicipalityRegistered(ID, "Sierpc", MunicipalityKind.RURAL_GMINA, CountryCode.POLAND,
                SIERPC_RURAL, "Sierpc", null);
    }

    private static MunicipalityRegistered zhytomyrRegistered(String localCode) {
        return new MunicipalityRegistered(ID, "Żytomierz", MunicipalityKind.FOREIGN_MUNICIPALITY, UKRAINE, null,
                null, localCode);
    }

    /** A refusal of the given kind (409 conflict or 422 rule violation) with the given code. */
    private static Matcher<CommandRejectedException> rejected(Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException e) {
                return e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection with code " + code);
            }
        };
    }
}
