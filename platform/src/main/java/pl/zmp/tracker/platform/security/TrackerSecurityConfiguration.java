package pl.zmp.tracker.platform.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Who may do what, for both services. The embedded default signs users in with HTTP Basic against
 * the users of {@code tracker.security.users} (BCrypt hashes); once a JWT issuer or JWK set is
 * configured, only bearer tokens are accepted, and the {@code prod} profile refuses to start
 * without one. Each service adds the roles of its own routes as an {@link AccessRules} bean.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TrackerSecurityConfiguration {

    public static final String PROD_PROFILE = "prod";
    static final String REALM = "ZMP project tracker";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain trackerSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                   ObjectProvider<AccessRules> serviceRules,
                                                   Environment environment) throws Exception {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (environment.acceptsProfiles(Profiles.of(PROD_PROFILE)) && !jwt.configured()) {
            throw new IllegalStateException("the prod profile needs a token issuer: set tracker.security.jwt.issuer-uri"
                    + " or tracker.security.jwt.jwk-set-uri (TRACKER_SECURITY_JWT_ISSUER_URI, ...)");
        }
        http.csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilter(corsFilter(properties.cors()))
                .addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes()), HeaderWriterFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(routes -> {
                    // error pages and the async half of a streamed answer belong to a request already authorised
                    routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                    "/actuator/info", "/actuator/prometheus").permitAll()
                            .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                    "/swagger-ui.html", "/swagger-ui/**").permitAll()
                            .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                            .requestMatchers("/api/audit/**").hasRole(Role.AUDITOR.name());
                    serviceRules.orderedStream().forEach(rules -> rules.authorize(routes));
                    routes.anyRequest().denyAll();
                })
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityProblems.forbidden()));
        if (jwt.configured()) {
            http.oauth2ResourceServer(server -> server
                    .jwt(j -> j.decoder(jwtDecoder(jwt)).jwtAuthenticationConverter(new JwtRoles(jwt.rolesClaim())))
                    .authenticationEntryPoint(SecurityProblems.unauthorized("Bearer realm=\"" + REALM + "\""))
                    .accessDeniedHandler(SecurityProblems.forbidden()));
            http.exceptionHandling(e -> e.authenticationEntryPoint(
                    SecurityProblems.unauthorized("Bearer realm=\"" + REALM + "\"")));
        } else {
            http.authenticationProvider(embeddedUsers(properties.users()))
                    .httpBasic(basic -> basic.realmName(REALM)
                            .authenticationEntryPoint(SecurityProblems.unauthorized("Basic realm=\"" + REALM + "\"")));
            http.exceptionHandling(e -> e.authenticationEntryPoint(
                    SecurityProblems.unauthorized("Basic realm=\"" + REALM + "\"")));
        }
        return http.build();
    }

    /** A request the firewall refuses (encoded NUL or slash, path traversal...) is a 400 problem too. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, e) -> SecurityProblems.write(request, response, HttpStatus.BAD_REQUEST,
                "Invalid request", "the request was rejected: " + e.getMessage());
    }

    private static DaoAuthenticationProvider embeddedUsers(List<SecurityProperties.User> users) {
        List<UserDetails> details = users.stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.passwordHash())
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(details));
        provider.setPasswordEncoder(new RememberingPasswordEncoder());
        return provider;
    }

    /** Issuer discovery waits for the first token, so a service starts while its issuer is down. */
    private static JwtDecoder jwtDecoder(SecurityProperties.Jwt jwt) {
        if (StringUtils.hasText(jwt.jwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            if (StringUtils.hasText(jwt.issuerUri())) {
                decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
            }
            return decoder;
        }
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(jwt.issuerUri()));
    }

    /** Cross-origin calls only from the configured origins; any other origin gets a 403 problem. */
    private static CorsFilter corsFilter(SecurityProperties.Cors cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                "X-Min-Position", "Last-Event-ID"));
        configuration.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response)
                    throws IOException {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                response.getBody().write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"this origin may not call the service\"}").getBytes(StandardCharsets.UTF_8));
                response.flush();
            }
        });
        return filter;
    }
}
