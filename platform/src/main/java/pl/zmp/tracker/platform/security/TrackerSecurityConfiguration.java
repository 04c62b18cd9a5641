package pl.zmp.tracker.platform.security;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what, for both services. The embedded default signs users in with HTTP Basic against
 * the users of {@code tracker.security.users} (BCrypt hashes); once a JWT issuer or JWK set is
 * configured, only bearer tokens are accepted (see {@link TokenDecoder}), and the {@code prod} profile
 * refuses to start without an expected issuer and audience. Each service adds the roles of its own
 * routes as an {@link AccessRules} bean.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TrackerSecurityConfiguration {

    public static final String PROD_PROFILE = "prod";
    private static final Logger LOG = LoggerFactory.getLogger(TrackerSecurityConfiguration.class);
    static final String REALM = "ZMP project tracker";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain trackerSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                   ObjectProvider<AccessRules> serviceRules,
                                                   ObjectProvider<IdentityProviderKeys> providerKeys,
                                                   Environment environment) throws Exception {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (environment.acceptsProfiles(Profiles.of(PROD_PROFILE))) {
            requireProductionSettings(jwt);
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
            IdentityProviderKeys keys = providerKeys.getObject();
            AuthenticationEntryPoint bearer = SecurityProblems.unauthorized("Bearer realm=\"" + REALM + "\"");
            http.oauth2ResourceServer(server -> server
                    .jwt(j -> j.decoder(new TokenDecoder(jwt, keys))
                            .jwtAuthenticationConverter(new JwtRoles(jwt.rolesClaim())))
                    .authenticationEntryPoint(bearer)
                    .accessDeniedHandler(SecurityProblems.forbidden())
                    .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                        @Override
                        public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(tokenFailures(bearer, keys));
                            return filter;
                        }
                    }));
            http.exceptionHandling(e -> e.authenticationEntryPoint(bearer));
        } else {
            http.authenticationProvider(embeddedUsers(properties.users()))
                    .httpBasic(basic -> basic.realmName(REALM)
                            .authenticationEntryPoint(SecurityProblems.unauthorized("Basic realm=\"" + REALM + "\"")));
            http.exceptionHandling(e -> e.authenticationEntryPoint(
                    SecurityProblems.unauthorized("Basic realm=\"" + REALM + "\"")));
        }
        return http.build();
    }

    /**
     * Route rules match the request's path against their patterns instead of asking Spring MVC which handler
     * the request would reach, a handler lookup per rule on every request (the default from Spring Security 7).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRouteRules() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** What each role grants besides itself ({@link Role#grants}), applied to every hasRole rule. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        RoleHierarchyImpl.Builder hierarchy = RoleHierarchyImpl.withDefaultRolePrefix();
        for (Role role : Role.values()) {
            String[] granted = Arrays.stream(Role.values()).filter(other -> other != role && role.grants(other))
                    .map(Role::name).toArray(String[]::new);
            if (granted.length > 0) {
                hierarchy.role(role.name()).implies(granted);
            }
        }
        return hierarchy.build();
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

    /** The identity provider's keys, fetched on the first token (a service starts while its provider is down). */
    @Bean(destroyMethod = "close")
    @Conditional(JwtConfigured.class)
    IdentityProviderKeys identityProviderKeys(SecurityProperties properties) {
        return new IdentityProviderKeys(properties.jwt());
    }

    @Bean
    @Conditional(JwtConfigured.class)
    HealthIndicator identityProviderHealthIndicator(IdentityProviderKeys keys) {
        return new IdentityProviderHealth(keys);
    }

    /**
     * In prod a token must name the expected issuer and audience: without them a token the same provider
     * issued for any other client, or any provider's token signed by a key of the JWK set, would be accepted.
     */
    private static void requireProductionSettings(SecurityProperties.Jwt jwt) {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(jwt.issuerUri())) {
            missing.add("tracker.security.jwt.issuer-uri (TRACKER_SECURITY_JWT_ISSUER_URI), the tokens' expected iss");
        }
        if (!StringUtils.hasText(jwt.audience())) {
            missing.add("tracker.security.jwt.audience (TRACKER_SECURITY_JWT_AUDIENCE), a value their aud must contain");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the prod profile accepts only tokens of a configured identity provider;"
                    + " set " + String.join(" and ", missing));
        }
    }

    /** A token that cannot be checked for want of the provider's keys is a 503 to retry, never a 500. */
    private static AuthenticationFailureHandler tokenFailures(AuthenticationEntryPoint unauthorized,
                                                              IdentityProviderKeys keys) {
        return (request, response, e) -> {
            if (IdentityProviderUnavailableException.causedBy(e)) {
                // the outage itself is logged once, when fetching starts failing
                LOG.debug("Token not checked, identity provider unavailable: {}", e.getMessage());
                SecurityProblems.identityProviderUnavailable(request, response, keys.retryAfter());
            } else {
                unauthorized.commence(request, response, e);
            }
        };
    }

    /** Bearer tokens are in use: an issuer or a JWK set is configured. */
    static final class JwtConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("tracker.security.jwt", SecurityProperties.Jwt.class)
                    .map(SecurityProperties.Jwt::configured)
                    .orElse(false);
        }
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
