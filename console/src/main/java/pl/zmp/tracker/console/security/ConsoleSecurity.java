package pl.zmp.tracker.console.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.client.RestClient;
import pl.zmp.tracker.console.ConsoleProperties;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may use the console and how the browser is protected: a session, CSRF tokens on every form, a
 * Content-Security-Policy that allows the console's own scripts and styles only (no inline code at all).
 * Sign-in is a form checked against the APIs on the embedded default, OpenID Connect when a client
 * registration is configured (the prod profile). Either way the console's own pages follow the roles the APIs
 * grant the user ({@link ApiRoles}): the audit pages need AUDITOR.
 */
@Configuration
@org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
class ConsoleSecurity {

    /** The OpenID Connect client registration (spring.security.oauth2.client.registration.tracker). */
    static final String REGISTRATION = "tracker";
    static final String OIDC_SIGN_IN = "/oauth2/authorization/" + REGISTRATION;
    static final String SIGNED_OUT = "/login?signedOut";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";
    private static final String OWN_FORMS = "form-action 'self'";

    /**
     * The user's tokens live in the server-side session, so they go with sign-out or the session's expiry and
     * nothing keeps them beyond it (Spring Boot would otherwise keep them in memory by user name).
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, RestClient.Builder rest, ConsoleProperties properties,
                                ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        ApiRoles roles = new ApiRoles(rest, properties);
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        String contentSecurityPolicy = registrations == null ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace(OWN_FORMS, OWN_FORMS + providerOrigins(registrations));
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers("/login", "/console.css", "/console.js", "/favicon.svg", "/webjars/**",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/audit/**").hasAuthority(ApiRoles.AUDITOR)
                        .requestMatchers("/admin/**").hasAuthority(ApiRoles.ADMIN)
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (registrations != null) {
            OidcClientInitiatedLogoutSuccessHandler providerLogout =
                    new OidcClientInitiatedLogoutSuccessHandler(registrations);
            // the provider ends its own session too, then sends the browser back to the console's sign-in page
            providerLogout.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            http.oauth2Login(login -> login.loginPage("/login")
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcSignIn(roles)))
                            .defaultSuccessUrl("/", false))
                    // straight to the provider's sign-in; /login stays for a failed sign-in and after sign-out
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint(OIDC_SIGN_IN)))
                    .logout(logout -> logout.logoutSuccessHandler(providerLogout));
        } else {
            ProviderManager signIn = new ProviderManager(new ApiSignIn(roles));
            // the password is relayed to the APIs on each call, so it must outlive the sign-in
            signIn.setEraseCredentialsAfterAuthentication(false);
            http.authenticationManager(signIn)
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint("/login")))
                    .logout(logout -> logout.logoutSuccessUrl(SIGNED_OUT));
        }
        return http.build();
    }

    /**
     * The provider's origins a form of the console may end up at: a browser holds the redirects that follow a form
     * to {@code form-action} too, and signing out (a form) goes on to the provider's end-session endpoint, as a
     * form sent once the token can no longer be renewed goes on to its sign-in.
     */
    private static String providerOrigins(ClientRegistrationRepository registrations) {
        ClientRegistration.ProviderDetails provider = registrations.findByRegistrationId(REGISTRATION).getProviderDetails();
        Set<String> origins = new LinkedHashSet<>();
        Stream.of(provider.getAuthorizationUri(), provider.getConfigurationMetadata().get("end_session_endpoint"))
                .filter(Objects::nonNull)
                .map(address -> URI.create(address.toString()))
                .forEach(address -> origins.add(" " + address.getScheme() + "://" + address.getRawAuthority()));
        return String.join("", origins);
    }
}
