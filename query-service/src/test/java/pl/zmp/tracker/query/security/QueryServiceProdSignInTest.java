package pl.zmp.tracker.query.security;

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
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.zmp.tracker.platform.security.Role;
import pl.zmp.tracker.platform.testing.AccessMatrix;
import pl.zmp.tracker.platform.testing.AccessMatrix.Route;
import pl.zmp.tracker.platform.testing.AccessMatrix.SignIn;
import pl.zmp.tracker.platform.testing.TestIdentityProvider;
import pl.zmp.tracker.platform.testing.TestIdentityProvider.Mode;
import pl.zmp.tracker.query.EmbeddedMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * query-service in the prod profile, signed in with bearer tokens of an OpenID provider the test starts:
 * the access matrix, refused tokens, and the answer while the provider is down (issue 16). Short key
 * timings, so that the last test sees the last good keys run out.
 */
@SpringBootTest(properties = {
        "spring.config.name=query-service",
        "spring.datasource.url=jdbc:h2:mem:query-prod-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.hikari.read-only=false",
        "spring.flyway.enabled=true",
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
        "spring.autoconfigure.exclude=",
        "tracker.security.jwt.connect-timeout=300ms",
        "tracker.security.jwt.read-timeout=1s",
        "tracker.security.jwt.key-cache-ttl=4s",
        "tracker.security.jwt.refetch-interval=1s",
        "tracker.security.jwt.outage-tolerance=5s"})
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryServiceProdSignInTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
        PROVIDER.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsItsRuleSaysWithBearerTokens() {
        List<Route> routes = new ArrayList<>(AccessMatrix.routes(handlerMapping));
        QueryAccessMatrixTest.DASHBOARD.forEach(path -> routes.add(new Route(HttpMethod.GET, path)));
        return QueryAccessMatrixTest.MATRIX.tests(mvc, routes, SignIn.bearer(PROVIDER));
    }

    @Test
    @Order(2)
    void aTokenIssuedForAnotherClientIsRefused() throws Exception {
        String token = PROVIDER.token(c -> c.audience("another-client").claim("roles", List.of(Role.VIEWER.name())));

        MvcResult result = mvc.perform(get("/api/municipalities").header("Authorization", "Bearer " + token)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    @Order(3)
    void whileTheProviderIsDownQueriesAnswer503OnceTheLastGoodKeysRunOut() throws Exception {
        String token = PROVIDER.token("viewer-subject", Role.VIEWER);
        PROVIDER.mode(Mode.DOWN);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> mvc.perform(
                    get("/api/municipalities").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getStatus() == 503);

            MvcResult refused = mvc.perform(get("/api/municipalities").header("Authorization", "Bearer " + token))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(503);
            assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
            assertThat(JSON.readTree(refused.getResponse().getContentAsString()).path("code").asText())
                    .isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
            JsonNode health = JSON.readTree(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());
            assertThat(health.path("components").path("identityProvider").path("status").asText()).isEqualTo("DOWN");
        } finally {
            PROVIDER.mode(Mode.UP);
        }
    }
}
