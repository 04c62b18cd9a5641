package pl.zmp.tracker.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.zmp.tracker.platform.security.Role;
import pl.zmp.tracker.platform.testing.AccessMatrix;
import pl.zmp.tracker.platform.testing.AccessMatrix.SignIn;
import pl.zmp.tracker.platform.testing.TestIdentityProvider;
import pl.zmp.tracker.platform.testing.TestIdentityProvider.Mode;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * command-service in the prod profile, signed in with bearer tokens of an OpenID provider the test starts:
 * the access matrix, the actor an event records, and the answer while the provider is down (issue 16).
 * Short key timings, so that the last test sees the last good keys run out.
 */
@SpringBootTest(properties = {
        "spring.config.name=command-service",
        "spring.datasource.url=jdbc:h2:mem:command-prod-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "tracker.security.jwt.connect-timeout=300ms",
        "tracker.security.jwt.read-timeout=1s",
        "tracker.security.jwt.key-cache-ttl=4s",
        "tracker.security.jwt.refetch-interval=1s",
        "tracker.security.jwt.outage-tolerance=5s"})
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandServiceProdSignInTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsItsRuleSaysWithBearerTokens() {
        return CommandAccessMatrixTest.MATRIX.tests(mvc, AccessMatrix.routes(handlerMapping), SignIn.bearer(PROVIDER));
    }

    @Test
    @Order(2)
    void anEventRecordsTheTokensSubjectAsItsActorAndItsCleanedNameBesideIt() throws Exception {
        String token = PROVIDER.token(c -> c.subject("5b9e-jan").claim("preferred_username", "jan.kowalski\u0007")
                .claim("roles", List.of(Role.COORDINATOR.name())));

        MvcResult created = mvc.perform(post("/api/municipalities").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Lwów\",\"country\":\"UA\"}"))
                .andReturn();

        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        String id = JSON.readTree(created.getResponse().getContentAsString()).get("aggregateId").asText();
        JsonNode metadata = JSON.readTree(jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ?", String.class, id));
        assertThat(metadata.get("actor").asText()).isEqualTo("5b9e-jan");
        assertThat(metadata.get("actorName").asText()).isEqualTo("jan.kowalski");
    }

    @Test
    @Order(3)
    void aTokenForTheSeedsActorIsRefused() throws Exception {
        String token = PROVIDER.token(c -> c.subject("system:seed").claim("roles", List.of(Role.ADMIN.name())));

        MvcResult result = mvc.perform(post("/api/admin/seed").header("Authorization", "Bearer " + token)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("detail").asText())
                .contains("reserved system: namespace");
    }

    @Test
    @Order(4)
    void whileTheProviderIsDownCommandsAnswer503OnceTheLastGoodKeysRunOut() throws Exception {
        String token = PROVIDER.token("5b9e-jan", Role.COORDINATOR);
        PROVIDER.mode(Mode.DOWN);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> mvc.perform(
                    post("/api/municipalities").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Odessa\",\"country\":\"UA\"}"))
                    .andReturn().getResponse().getStatus() == 503);

            MvcResult refused = mvc.perform(post("/api/municipalities").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Odessa\",\"country\":\"UA\"}")).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(503);
            assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.getResponse().getContentAsString()).path("code").asText())
                    .isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");

            JsonNode health = JSON.readTree(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());
            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            assertThat(health.path("components").path("identityProvider").path("status").asText()).isEqualTo("DOWN");
        } finally {
            PROVIDER.mode(Mode.UP);
        }
    }
}
