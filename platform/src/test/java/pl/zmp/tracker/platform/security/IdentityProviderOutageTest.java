package pl.zmp.tracker.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.platform.testing.TestIdentityProvider;
import pl.zmp.tracker.platform.testing.TestIdentityProvider.Mode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The service while its identity provider misbehaves (issue 16, findings 4 to 6 and key rotation): each
 * test on a fresh context, so with no keys cached, and with short timings (2 s read timeout, keys cached
 * 5 s, refetched at most every second, the last good keys kept 6 s).
 */
@SpringBootTest(classes = TokenTestApplication.class, properties = {
        "tracker.security.jwt.connect-timeout=300ms",
        "tracker.security.jwt.read-timeout=2s",
        "tracker.security.jwt.key-cache-ttl=5s",
        "tracker.security.jwt.refetch-interval=1s",
        "tracker.security.jwt.outage-tolerance=6s"})
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class IdentityProviderOutageTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties);
    }

    @BeforeEach
    void providerUp() {
        PROVIDER.mode(Mode.UP);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aColdStartWhileTheProviderIsDownAnswers503UntilItIsBack() throws Exception {
        PROVIDER.mode(Mode.DOWN);

        MvcResult refused = call(validToken());

        assertUnavailable(refused);
        assertThat(health().getStatus()).isEqualTo(Status.DOWN);

        PROVIDER.mode(Mode.UP);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(call(validToken()).getResponse().getStatus()).isEqualTo(200));
        assertThat(health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theLastGoodKeysAreUsedWhileTheProviderIsDownThenItIs503() throws Exception {
        String token = validToken();
        assertThat(call(token).getResponse().getStatus()).isEqualTo(200);
        PROVIDER.mode(Mode.DOWN);
        // the keys' ages count from their fetch, which may have come before this test's first call
        long keysFetchedAt = PROVIDER.keysLastServedNanos();

        List<Integer> statuses = new ArrayList<>();
        List<Long> acceptedAfterMillis = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            MvcResult result = call(token);
            int status = result.getResponse().getStatus();
            statuses.add(status);
            if (status == 200) {
                acceptedAfterMillis.add((System.nanoTime() - keysFetchedAt) / 1_000_000);
            }
            if (status == 503) {
                assertUnavailable(result);
                return true;
            }
            return false;
        });

        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(200);
        // past the 5 s key cache: the keys fetched before the outage were still used
        assertThat(acceptedAfterMillis).anyMatch(millis -> millis > 5_500);
        assertThat(health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aHungKeyEndpointHoldsOneRequestForTheReadTimeoutAndNoOther() throws Exception {
        assertThat(call(validToken()).getResponse().getStatus()).isEqualTo(200);
        PROVIDER.mode(Mode.HUNG);
        String foreignKey = PROVIDER.signedBy(TestIdentityProvider.newKey(), c -> { });

        long start = System.nanoTime();
        CompletableFuture<Integer> unknownKey = CompletableFuture.supplyAsync(() -> status(foreignKey));
        await().atMost(Duration.ofSeconds(5)).until(() -> PROVIDER.hungRequests() >= 1);

        assertThat(call(validToken()).getResponse().getStatus()).isEqualTo(200);
        assertThat(unknownKey).isNotDone();
        // the fetch gives up after its 2 s read timeout; the token's key is not among the last good keys
        await().atMost(Duration.ofSeconds(6)).until(unknownKey::isDone);
        assertThat(unknownKey.get()).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));

        PROVIDER.mode(Mode.UP);
        assertThat(call(validToken()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aHungKeyEndpointAtAColdStartIsA503InBoundedTime() throws Exception {
        PROVIDER.mode(Mode.HUNG);

        long start = System.nanoTime();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> status(validToken()));
        await().atMost(Duration.ofSeconds(5)).until(() -> PROVIDER.hungRequests() >= 1);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> status(validToken()));

        await().atMost(Duration.ofSeconds(8)).until(() -> first.isDone() && second.isDone());
        assertThat(List.of(first.get(), second.get())).containsOnly(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void tokensOfTheOldKeyStayValidAfterARotationUntilTheKeyIsRetired() throws Exception {
        String signedByOldKey = validToken();
        assertThat(call(signedByOldKey).getResponse().getStatus()).isEqualTo(200);

        RSAKey old = PROVIDER.rotate();
        String signedByNewKey = validToken();
        assertThat(PROVIDER.signingKey().getKeyID()).isNotEqualTo(old.getKeyID());

        assertThat(call(signedByNewKey).getResponse().getStatus()).isEqualTo(200);
        assertThat(call(signedByOldKey).getResponse().getStatus()).isEqualTo(200);

        PROVIDER.retire(old);
        // once the cached keys are refreshed (5 s), the retired key's tokens are refused
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> call(signedByOldKey).getResponse().getStatus() == 401);
        assertThat(call(signedByNewKey).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void tokensWithMadeUpKeyIdsCannotKeepTheKeysFromBeingRefreshed() throws Exception {
        String valid = validToken();
        assertThat(call(valid).getResponse().getStatus()).isEqualTo(200);
        RSAKey foreign = TestIdentityProvider.newKey();
        AtomicInteger madeUp = new AtomicInteger();
        AtomicBoolean flooding = new AtomicBoolean(true);
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> await().forever()
                .pollInterval(Duration.ofMillis(20)).until(() -> {
                    status(PROVIDER.signedBy(new RSAKey.Builder(foreign).keyID("made-up-" + madeUp.incrementAndGet())
                            .build(), c -> { }));
                    return !flooding.get();
                }));

        long start = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        try {
            // past the lifetime of the cached keys (5 s), checked every 100 ms: the rate limit the made-up key
            // ids use up is the one the keys' own refresh needs, but each refetch they force refreshes them
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                statuses.add(status(valid));
                return System.nanoTime() - start > Duration.ofSeconds(7).toNanos();
            });
        } finally {
            flooding.set(false);
            flood.join();
        }

        assertThat(madeUp.get()).isGreaterThan(50);
        assertThat(statuses).containsOnly(200);
    }

    private static String validToken() {
        return PROVIDER.token(c -> { });
    }

    private int status(String token) {
        try {
            return call(token).getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcResult call(String token) throws Exception {
        return mvc.perform(get(TokenTestApplication.ROUTE).header("Authorization", "Bearer " + token)).andReturn();
    }

    private org.springframework.boot.actuate.health.Health health() {
        return context.getBean("identityProviderHealthIndicator", HealthIndicator.class).health();
    }

    private static void assertUnavailable(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("1");
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.path("code").asText()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
    }
}
