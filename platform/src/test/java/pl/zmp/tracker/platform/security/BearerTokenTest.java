package pl.zmp.tracker.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.platform.testing.TestIdentityProvider;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Bearer tokens in the prod profile, from an OpenID provider the test starts: what a token must carry to
 * be accepted, and why each refused token is refused (issue 16, findings 1 to 3 and 6).
 */
@SpringBootTest(classes = TokenTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class BearerTokenTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    static final String SUBJECT = "f3a1c2d4-0000-4000-8000-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aValidTokenSignsInItsSubject() throws Exception {
        MvcResult result = call(PROVIDER.token(claims -> { }));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result).path("actor").asText()).isEqualTo(SUBJECT);
    }

    static Stream<Arguments> refusedTokens() {
        Instant now = Instant.now();
        return Stream.of(
                refused("a token issued for another client", c -> c.audience("other-client"), "aud"),
                refused("a token without an audience", c -> c.audience((String) null), "aud"),
                refused("a token without exp", c -> c.expirationTime(null), "exp"),
                refused("a token expired beyond the clock skew",
                        c -> c.issueTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.minusSeconds(120))),
                        "expired"),
                refused("a token without iat", c -> c.issueTime(null), "iat"),
                refused("a token issued in the future", c -> c.issueTime(Date.from(now.plusSeconds(600)))
                        .expirationTime(Date.from(now.plusSeconds(900))), "iat"),
                refused("a token of another issuer", c -> c.issuer("https://login.example.org/realms/other"), "iss"),
                refused("a token without an issuer", c -> c.issuer(null), "iss"),
                refused("a token without a subject", c -> c.subject(null), "has no subject"),
                refused("a token without a subject or name", c -> c.subject(null).claim("preferred_username", null),
                        "has no subject"),
                refused("an empty subject", c -> c.subject(""), "is blank"),
                refused("a blank subject", c -> c.subject(" \t "), "is blank"),
                refused("a subject with control characters", c -> c.subject("eve\nadmin\u0000"), "control characters"),
                refused("a subject with a bidi override", c -> c.subject("eve\u202Enimda"), "control characters"),
                refused("the seed's actor", c -> c.subject("system:seed"), "reserved system: namespace"),
                refused("a system actor in capitals", c -> c.subject("SYSTEM:seed"), "reserved system: namespace"));
    }

    private static Arguments refused(String what, Consumer<JWTClaimsSet.Builder> change, String reason) {
        return Arguments.of(what, change, reason);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusedTokens")
    void aTokenThatDoesNotHoldIsRefusedWithItsReason(String what, Consumer<JWTClaimsSet.Builder> change,
                                                     String reason) throws Exception {
        MvcResult result = call(PROVIDER.token(change));

        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("Bearer", "invalid_token");
        JsonNode problem = body(result);
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(problem.path("detail").asText()).as(what).contains(reason);
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() throws Exception {
        Instant now = Instant.now();
        MvcResult result = call(PROVIDER.token(c -> c.issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(20)))));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theDisplayNameOfATokenIsNotItsActor() throws Exception {
        MvcResult result = call(PROVIDER.token(c -> c.subject("8d0c-anna").claim("preferred_username", "system:seed")));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result).path("actor").asText()).isEqualTo("8d0c-anna");
    }

    @Test
    void withoutATokenTheAnswerIsABearerChallenge() throws Exception {
        MvcResult result = mvc.perform(get(TokenTestApplication.ROUTE)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer realm=");
        assertThat(body(result).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void tokensWithUnknownKeyIdsDoNotMakeTheServiceFetchTheKeysForEachOfThem() throws Exception {
        assertThat(call(PROVIDER.token(c -> { })).getResponse().getStatus()).isEqualTo(200);
        int before = PROVIDER.jwkSetFetches();

        RSAKey foreignKey = TestIdentityProvider.newKey();
        List<Integer> statuses = IntStream.range(0, 100).mapToObj(i -> {
            RSAKey foreign = new RSAKey.Builder(foreignKey).keyID("unknown-" + i).build();
            try {
                return call(PROVIDER.signedBy(foreign, c -> { })).getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        assertThat(statuses).containsOnly(401);
        // one refetch per refetch-interval (30 s by default), which the rate limit lets through twice
        assertThat(PROVIDER.jwkSetFetches() - before).isLessThanOrEqualTo(2);
    }

    @Test
    void aHugeTokenIsRefusedAsAProblemByTheServletContainerToo() throws Exception {
        String huge = "Bearer " + "a".repeat(1_300_000);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + TokenTestApplication.ROUTE))
                .header("Authorization", huge).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void aMalformedRequestIsRefusedAsAProblemByTheServletContainer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/whoami?q={\"a\"} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
            assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).contains("\"status\":400");
        }
    }

    private MvcResult call(String token) throws Exception {
        return mvc.perform(get(TokenTestApplication.ROUTE).header("Authorization", "Bearer " + token)).andReturn();
    }

    private static JsonNode body(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
