package pl.zmp.tracker.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** How the services sign users in, by profile and configuration. */
class TrackerSecurityConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TrackerSecurityConfiguration.class, WebMvcAutoConfiguration.class));

    @Test
    void embeddedDefaultSignsInWithHttpBasicAgainstTheConfiguredUsers() {
        runner.withPropertyValues("tracker.security.users[0].name=admin",
                        "tracker.security.users[0].password-hash=$2a$10$szDHa2M6HIdWyf7QS4odN.yWhaKK/JSJajBI9hNeBsqmDOcPfurEW",
                        "tracker.security.users[0].roles=ADMIN,VIEWER")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(filterTypes(context.getBean(SecurityFilterChain.class)))
                            .contains(BasicAuthenticationFilter.class)
                            .doesNotContain(BearerTokenAuthenticationFilter.class);
                    assertThat(context.getBean(SecurityProperties.class).users().get(0).roles())
                            .containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
                    assertThat(context).doesNotHaveBean(IdentityProviderKeys.class)
                            .doesNotHaveBean("identityProviderHealthIndicator");
                });
    }

    @Test
    void prodProfileRefusesToStartWithoutATokenIssuer() {
        runner.withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("tracker.security.jwt.issuer-uri"));
    }

    @Test
    void prodProfileRefusesAJwkSetWithoutAnExpectedIssuerAndAudience() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "tracker.security.jwt.jwk-set-uri=https://login.zmp.example/jwks")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("tracker.security.jwt.issuer-uri")
                        .hasMessageContaining("tracker.security.jwt.audience"));
    }

    @Test
    void prodProfileRefusesAnIssuerWithoutAnAudience() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "tracker.security.jwt.issuer-uri=https://login.zmp.example/realms/tracker")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("TRACKER_SECURITY_JWT_AUDIENCE")
                        .message().doesNotContain("issuer-uri"));
    }

    @Test
    void aConfiguredIssuerAndAudienceAcceptBearerTokensOnly() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "tracker.security.jwt.issuer-uri=https://login.zmp.example/realms/tracker",
                        "tracker.security.jwt.jwk-set-uri=https://login.zmp.example/jwks",
                        "tracker.security.jwt.audience=zmp-tracker-api")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(filterTypes(context.getBean(SecurityFilterChain.class)))
                            .contains(BearerTokenAuthenticationFilter.class)
                            .doesNotContain(BasicAuthenticationFilter.class);
                    assertThat(context).hasSingleBean(IdentityProviderKeys.class)
                            .hasBean("identityProviderHealthIndicator");
                });
    }

    @Test
    void anIssuerIsNotContactedAtStartUp() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "tracker.security.jwt.issuer-uri=https://login.zmp.example/realms/tracker",
                        "tracker.security.jwt.audience=zmp-tracker-api")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void outsideProdAJwkSetAloneIsEnough() {
        runner.withPropertyValues("tracker.security.jwt.jwk-set-uri=https://login.zmp.example/jwks")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anEmptyIssuerIsNoIssuer() {
        runner.withPropertyValues("spring.profiles.active=prod", "tracker.security.jwt.issuer-uri=",
                        "tracker.security.jwt.audience=zmp-tracker-api")
                .run(context -> assertThat(context).hasFailed());
    }

    private static java.util.List<Class<?>> filterTypes(SecurityFilterChain chain) {
        return chain.getFilters().stream().<Class<?>>map(Object::getClass).toList();
    }
}
