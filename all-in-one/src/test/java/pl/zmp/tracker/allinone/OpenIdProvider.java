package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server with a sign-in page for people and
 * the console registered as a client (authorization code with refresh tokens, RP-initiated logout). Set up as a
 * production provider must be for the tracker: the console's access tokens are for the APIs ({@code aud}), carry
 * the person's roles in {@code roles}, a stable {@code sub} unlike the sign-in name, and {@code preferred_username}.
 * Access tokens live 30 s, under the console's one-minute margin, so the console renews them before each call.
 */
final class OpenIdProvider implements AutoCloseable {

    static final String API_AUDIENCE = "zmp-tracker-api";
    static final String CONSOLE_CLIENT = "tracker-console";
    static final String CONSOLE_SECRET = "console-secret";
    /** A machine client holding COORDINATOR and AUDITOR: it prepares data and reads the audit log. */
    static final String TEST_CLIENT = "tracker-test";
    private static final String TEST_SECRET = "test-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Someone who signs in at the provider: their sign-in name, the subject the provider knows them by, roles. */
    record Person(String username, String password, String subject, List<String> roles) {
    }

    static final Person COORDINATOR = new Person("ewa.nowak", "ewa-password", "3c1f9e07-ewa", List.of("COORDINATOR"));
    static final Person VIEWER = new Person("jan.kowalski", "jan-password", "8d2e41aa-jan", List.of("VIEWER"));
    static final Person AUDITOR = new Person("anna.zielinska", "anna-password", "5a7b0c3d-anna", List.of("AUDITOR"));
    private static final Map<String, Person> PEOPLE = Map.of(COORDINATOR.username(), COORDINATOR,
            VIEWER.username(), VIEWER, AUDITOR.username(), AUDITOR);

    /** What the test changes and counts while the provider runs. */
    static final class State {
        final AtomicInteger refreshes = new AtomicInteger();
        final AtomicBoolean refreshTokensRevoked = new AtomicBoolean();
        final AtomicBoolean tokensForAnotherAudience = new AtomicBoolean();
    }

    private final ConfigurableApplicationContext context;
    private final State state;

    private OpenIdProvider(ConfigurableApplicationContext context, State state) {
        this.context = context;
        this.state = state;
    }

    static OpenIdProvider start() {
        State state = new State();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .initializers(started -> started.getBeanFactory().registerSingleton("providerState", state))
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        // this context's own name: it shares the JVM with the services and the console
                        "spring.config.name=openid-provider")
                .run();
        return new OpenIdProvider(context, state);
    }

    /** Its issuer: the browser and the console's server reach it at 127.0.0.1, the console itself at localhost. */
    String issuer() {
        return "http://127.0.0.1:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Registers the console once its address is known: where the provider sends the browser back. */
    void registerConsole(String consoleUrl) {
        context.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient
                .withId(UUID.randomUUID().toString())
                .clientId(CONSOLE_CLIENT).clientSecret("{noop}" + CONSOLE_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(consoleUrl + "/login/oauth2/code/tracker")
                .postLogoutRedirectUri(consoleUrl + "/login?signedOut")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofSeconds(30)).build())
                .build());
    }

    /** How many access tokens the console got by refreshing, so far. */
    int refreshes() {
        return state.refreshes.get();
    }

    /** From now on (or no longer) every refresh token is refused, as when it expired or was revoked. */
    void revokeRefreshTokens(boolean revoked) {
        state.refreshTokensRevoked.set(revoked);
    }

    /** From now on (or no longer) people's access tokens are for another API, as after a misconfiguration. */
    void issueTokensForAnotherAudience(boolean another) {
        state.tokensForAnotherAudience.set(another);
    }

    /** An access token of the test's machine client, for the APIs (client credentials). */
    String machineToken() throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((TEST_CLIENT + ":" + TEST_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    @Override
    public void close() {
        context.close();
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class Server {

        /** The protocol's endpoints; a browser that is not signed in is sent to the sign-in page. */
        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** The sign-in page for people (Spring Security's own form). */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /** Where RP-initiated logout finds the browser's session at the provider, to end it. */
        @Bean
        SessionRegistry sessions() {
            return new SessionRegistryImpl();
        }

        @Bean
        HttpSessionEventPublisher sessionEvents() {
            return new HttpSessionEventPublisher();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.values().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                            .roles("USER").build())
                    .toList());
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(TEST_CLIENT).clientSecret("{noop}" + TEST_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .build());
        }

        /** Kept in memory; refresh tokens are not found while the test has them revoked. */
        @Bean
        OAuth2AuthorizationService authorizations(State state) {
            InMemoryOAuth2AuthorizationService kept = new InMemoryOAuth2AuthorizationService();
            return new OAuth2AuthorizationService() {
                @Override
                public void save(OAuth2Authorization authorization) {
                    kept.save(authorization);
                }

                @Override
                public void remove(OAuth2Authorization authorization) {
                    kept.remove(authorization);
                }

                @Override
                public OAuth2Authorization findById(String id) {
                    return kept.findById(id);
                }

                @Override
                public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                    if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType) && state.refreshTokensRevoked.get()) {
                        return null;
                    }
                    return kept.findByToken(token, tokenType);
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's own userinfo endpoint. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /**
         * A person's tokens name them by a stable subject with their sign-in name beside it; their access tokens
         * are for the APIs and carry their roles. The machine client's tokens too.
         */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> tokens(State state) {
            return context -> {
                boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
                Person person = PEOPLE.get(context.getPrincipal().getName());
                if (person != null) {
                    context.getClaims().subject(person.subject()).claim("preferred_username", person.username());
                    if (accessToken) {
                        String audience = state.tokensForAnotherAudience.get() ? "another-api" : API_AUDIENCE;
                        context.getClaims().audience(List.of(audience)).claim("roles", person.roles());
                        if (AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType())) {
                            state.refreshes.incrementAndGet();
                        }
                    }
                } else if (accessToken && TEST_CLIENT.equals(context.getRegisteredClient().getClientId())) {
                    context.getClaims().audience(List.of(API_AUDIENCE)).claim("roles", List.of("COORDINATOR", "AUDITOR"));
                }
            };
        }
    }
}
