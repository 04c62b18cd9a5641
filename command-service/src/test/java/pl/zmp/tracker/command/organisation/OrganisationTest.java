package pl.zmp.tracker.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.CommandRejectedException.Kind;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OrganisationTest {

    private static final OrganisationId ID = new OrganisationId("0d7a8f8e-2f4b-4c36-9d1a-6f3b2a1c5e01");
    private static final String OTHER_OWNER = "00000000-0000-0000-0000-000000000001";
    private static final String KRS = "0000123456";
    private static final String REGON_9 = "000331501";
    private static final String REGON_14 = "12345678512347";

    private final Map<String, String> claims = new HashMap<>();
    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        UniqueClaims unique = mock(UniqueClaims.class);
        when(unique.claim(eq(Organisation.KRS_SCOPE), anyString(), anyString())).thenAnswer(call ->
                claims.computeIfAbsent(call.getArgument(1), krs -> call.getArgument(2)).equals(call.getArgument(2)));
        fixture = new AggregateTestFixture<>(Organisation.class);
        // business time defaults to now here; Project- and RecruitmentBusinessTimeTest prove its rules
        fixture.registerFieldFilter(field -> !field.getName().equals("occurredOn"));
        fixture.registerInjectableResource(unique);
    }

    @Test
    void registersPolishOrganisationWithKrsAndRegonAndClaimsItsKrs() {
        fixture.givenNoPriorActivity()
                .when(command("Związek Powiatów Polskich", "ZPP", OrganisationKind.ASSOCIATION, CountryCode.POLAND,
                        KRS, REGON_9))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationRegistered(ID, "Związek Powiatów Polskich", "ZPP",
                        OrganisationKind.ASSOCIATION, CountryCode.POLAND, KRS, REGON_9));
        assertThat(claims).containsExactly(Map.entry(KRS, ID.value()));
    }

    @Test
    void registersOrganisationWithoutRegistryNumbersClaimingNothing() {
        fixture.givenNoPriorActivity()
                .when(command("Związek Miast Ukrainy", null, OrganisationKind.ASSOCIATION, new CountryCode("UA"),
                        null, null))
                .expectEvents(new OrganisationRegistered(ID, "Związek Miast Ukrainy", null,
                        OrganisationKind.ASSOCIATION, new CountryCode("UA"), null, null));
        assertThat(claims).isEmpty();
    }

    @Test
    void acceptsFourteenDigitRegonOfALocalUnit() {
        fixture.givenNoPriorActivity()
                .when(command("IPN Oddział w Poznaniu", null, OrganisationKind.PUBLIC_INSTITUTION, CountryCode.POLAND,
                        null, REGON_14))
                .expectEvents(new OrganisationRegistered(ID, "IPN Oddział w Poznaniu", null,
                        OrganisationKind.PUBLIC_INSTITUTION, CountryCode.POLAND, null, REGON_14));
    }

    @Test
    void acceptsRegonWhoseChecksumOfTenGivesCheckDigitZero() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        null, "100000050"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsBlankName() {
        fixture.givenNoPriorActivity()
                .when(command(" ", null, OrganisationKind.FOUNDATION, CountryCode.POLAND, KRS, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "NAME_REQUIRED"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsMissingName() {
        fixture.givenNoPriorActivity()
                .when(command(null, null, OrganisationKind.FOUNDATION, CountryCode.POLAND, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "NAME_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingKind() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, null, CountryCode.POLAND, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "KIND_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingCountry() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, null, null, null))
                .expectException(rejected(Kind.RULE_VIOLATION, "COUNTRY_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void rejectsKrsOfNineDigits() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        "000012345", null))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_KRS"))
                .expectExceptionMessage("a KRS number has 10 digits: 000012345")
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsKrsWithLetters() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        "KRS0123456", null))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_KRS"))
                .expectNoEvents();
    }

    @Test
    void rejectsNineDigitRegonWithWrongCheckDigit() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        KRS, "000331502"))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_REGON"))
                .expectNoEvents();
        assertThat(claims).isEmpty();
    }

    @Test
    void rejectsFourteenDigitRegonWithWrongCheckDigit() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        null, "12345678512348"))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_REGON"))
                .expectNoEvents();
    }

    @Test
    void rejectsRegonOfTenDigits() {
        fixture.givenNoPriorActivity()
                .when(command("Fundacja Centrum PPP", null, OrganisationKind.FOUNDATION, CountryCode.POLAND,
                        null, "0003315010"))
                .expectException(rejected(Kind.RULE_VIOLATION, "INVALID_REGON"))
                .expectNoEvents();
    }

    @Test
    void rejectsKrsAlreadyHeldByAnotherOrganisation() {
        claims.put(KRS, OTHER_OWNER);
        fixture.givenNoPriorActivity()
                .when(command("Konfederacja Lewiatan", "Lewiatan", OrganisationKind.ASSOCIATION, CountryCode.POLAND,
                        KRS, null))
                .expectException(rejected(Kind.CONFLICT, "DUPLICATE_KRS"))
                .expectExceptionMessage("another organisation is already registered with KRS 0000123456")
                .expectNoEvents();
        assertThat(claims).containsExactly(Map.entry(KRS, OTHER_OWNER));
    }

    private static RegisterOrganisation command(String name, String shortName, OrganisationKind kind,
                                                CountryCode country, String krs, String regon) {
        return new RegisterOrganisation(ID, name, shortName, kind, country, krs, regon);
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
