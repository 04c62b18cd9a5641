package pl.zmp.tracker.console.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.client.RestClient;
import pl.zmp.tracker.console.ConsoleProperties;

/**
 * Who may use the console and how the browser is protected: a session, CSRF tokens on every form, a
 * Content-Security-Policy that allows the console's own scripts and styles only (no inline code at all).
 * Sign-in is a form checked against the APIs on the embedded default, OpenID Connect when a client
 * registration is configured (the prod profile).
 */
@Configuration
@org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
class ConsoleSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, RestClient.Builder rest, ConsoleProperties properties,
                                ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers("/login", "/console.css", "/console.js", "/favicon.svg", "/webjars/**",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/audit/**").hasAuthority(ApiSignIn.AUDITOR)
                        .requestMatchers("/admin/**").hasAuthority(ApiSignIn.ADMIN)
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", false));
        } else {
            ProviderManager signIn = new ProviderManager(new ApiSignIn(rest, properties));
            // the password is relayed to the APIs on each call, so it must outlive the sign-in
            signIn.setEraseCredentialsAfterAuthentication(false);
            http.authenticationManager(signIn)
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
        }
        return http.build();
    }
}
