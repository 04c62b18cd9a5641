package pl.zmp.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.platform.testing.TestIdentityProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Tokens of a real OpenID provider, Spring Authorization Server, started by the test: the service knows
 * only its issuer (the JWK set is discovered) and its audience, as in prod (issue 16).
 */
@SpringBootTest(classes = TokenTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class SpringAuthorizationServerTest {

    static final List<JWK> KEYS = new CopyOnWriteArrayList<>(List.of(TestIdentityProvider.newKey()));
    static final ConfigurableApplicationContext PROVIDER = new SpringApplicationBuilder(AuthorizationServer.class)
            .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
            .run();
    static final String ISSUER = "http://127.0.0.1:"
            + ((ServletWebServerApplicationContext) PROVIDER).getWebServer().getPort();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("tracker.security.jwt.issuer-uri", () -> ISSUER);
        properties.add("tracker.security.jwt.audience", () -> TestIdentityProvider.AUDIENCE);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aTokenTheProviderIssuedForTheApiSignsInItsSubject() throws Exception {
        MvcResult result = call(token("tracker-console"));

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("actor").asText())
                .isEqualTo("tracker-console");
    }

    @Test
    void aTokenTheSameProviderIssuedForAnotherClientIsRefused() throws Exception {
        MvcResult result = call(token("reporting-tool"));

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("detail").asText()).contains("aud");
    }

    @Test
    void afterAKeyRotationTokensOfBothKeysAreAccepted() throws Exception {
        String signedByOldKey = token("tracker-console");
        assertThat(call(signedByOldKey).getResponse().getStatus()).isEqualTo(200);

        KEYS.add(0, TestIdentityProvider.newKey());
        String signedByNewKey = token("tracker-console");

        assertThat(call(signedByNewKey).getResponse().getStatus()).isEqualTo(200);
        assertThat(call(signedByOldKey).getResponse().getStatus()).isEqualTo(200);
    }

    private MvcResult call(String token) throws Exception {
        return mvc.perform(get(TokenTestApplication.ROUTE).header("Authorization", "Bearer " + token)).andReturn();
    }

    /** A client-credentials access token from the provider. */
    private static String token(String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":secret-of-" + client).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=viewer"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** Spring Authorization Server with two clients; tokens of {@code tracker-console} are for the API. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class AuthorizationServer {

        @Bean
        SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients() {
            List<RegisteredClient> clients = new ArrayList<>();
            for (String id : List.of("tracker-console", "reporting-tool")) {
                clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(id).clientSecret("{noop}secret-of-" + id)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("viewer")
                        .build());
            }
            return new InMemoryRegisteredClientRepository(clients);
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            return (selector, context) -> selector.select(new JWKSet(List.copyOf(KEYS)));
        }

        /** Signs with the newest key; the older ones stay published. */
        @Bean
        JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
            NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
            encoder.setJwkSelector(candidates -> candidates.get(0));
            return encoder;
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

        /** The console's tokens are for the API and carry its roles, as an identity provider is set up to. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> apiTokens() {
            return context -> {
                if ("tracker-console".equals(context.getRegisteredClient().getClientId())) {
                    context.getClaims().audience(List.of(TestIdentityProvider.AUDIENCE))
                            .claim("roles", List.of(Role.VIEWER.name()));
                }
            };
        }
    }
}
