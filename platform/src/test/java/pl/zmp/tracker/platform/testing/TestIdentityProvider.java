package pl.zmp.tracker.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import pl.zmp.tracker.platform.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An OpenID Connect provider for tests, on a free local port: discovery document and JWK set over real
 * HTTP, RS256 keys that can be rotated, and tokens signed with them. It can be made to fail as a real one
 * does: answer 503 ({@link Mode#DOWN}), or accept connections and never answer ({@link Mode#HUNG}). It
 * counts the fetches of its JWK set.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public enum Mode { UP, DOWN, HUNG }

    public static final String AUDIENCE = "zmp-tracker-api";
    private static final String REALM = "/realms/tracker";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-identity-provider");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger jwkSetFetches = new AtomicInteger();
    private volatile long keysLastServedNanos;
    private final AtomicInteger hungRequests = new AtomicInteger();
    private volatile Mode mode = Mode.UP;
    private volatile RSAKey signingKey = newKey();
    private volatile List<RSAKey> publishedKeys = List.of(signingKey);

    private TestIdentityProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext(REALM + "/.well-known/openid-configuration", exchange -> answer(exchange,
                "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext(REALM + "/protocol/openid-connect/certs", exchange -> {
            jwkSetFetches.incrementAndGet();
            boolean serving = mode == Mode.UP;
            answer(exchange, new JWKSet(new ArrayList<JWK>(publishedKeys)).toPublicJWKSet().toString());
            if (serving) {
                keysLastServedNanos = System.nanoTime();
            }
        });
        server.start();
    }

    public static TestIdentityProvider start() {
        try {
            return new TestIdentityProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The resource server settings that trust this provider, as {@code key=value} pairs. */
    public String[] properties() {
        return new String[]{"tracker.security.jwt.issuer-uri=" + issuer(),
                "tracker.security.jwt.jwk-set-uri=" + jwkSetUri(),
                "tracker.security.jwt.audience=" + AUDIENCE};
    }

    /** The settings that point a service at this provider, for a test's {@code @DynamicPropertySource}. */
    public void register(DynamicPropertyRegistry registry) {
        for (String property : properties()) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public int jwkSetFetches() {
        return jwkSetFetches.get();
    }

    /** When ({@link System#nanoTime()}) the JWK set was last answered with its keys. */
    public long keysLastServedNanos() {
        return keysLastServedNanos;
    }

    /** Requests that arrived in {@link Mode#HUNG} and are still waiting for an answer. */
    public int hungRequests() {
        return hungRequests.get();
    }

    /** A new signing key, published beside the old one (whose tokens stay valid until it is retired). */
    public RSAKey rotate() {
        RSAKey previous = signingKey;
        signingKey = newKey();
        publishedKeys = List.of(signingKey, previous);
        return previous;
    }

    /** Stops publishing a key. */
    public void retire(RSAKey key) {
        publishedKeys = publishedKeys.stream().filter(k -> !k.getKeyID().equals(key.getKeyID())).toList();
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** A valid access token for this subject with these roles. */
    public String token(String subject, Role... roles) {
        return token(claims -> claims.subject(subject).claim("preferred_username", subject)
                .claim("roles", Arrays.stream(roles).map(Role::name).toList()));
    }

    /** A valid access token, changed by {@code changes} ({@code claim(name, null)} removes a claim). */
    public String token(Consumer<JWTClaimsSet.Builder> changes) {
        return signedBy(signingKey, changes);
    }

    /** A token as {@link #token(Consumer)}, signed by {@code key} (one this provider may not publish). */
    public String signedBy(RSAKey key, Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(List.of(AUDIENCE, "account"))
                .subject("f3a1c2d4-0000-4000-8000-000000000001")
                .claim("preferred_username", "anna.nowak")
                .claim("roles", List.of(Role.VIEWER.name()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
        changes.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            switch (mode) {
                case DOWN -> exchange.sendResponseHeaders(503, -1);
                case HUNG -> hang();
                case UP -> {
                    byte[] body = json.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
        }
    }

    /** Holds the connection open without a byte of answer until the provider is closed. */
    private void hang() {
        hungRequests.incrementAndGet();
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            hungRequests.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
