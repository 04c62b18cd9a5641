package pl.zmp.tracker.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The identity provider's signing keys, as Nimbus's {@link JWKSourceBuilder} keeps them: fetched with
 * connect and read timeouts, cached and refreshed ahead of expiry, fetched (for an unknown key id, or again
 * after a failure) at most twice per {@code refetch-interval}, and the last good keys used for up to
 * {@code outage-tolerance} while the provider is unreachable. No lock is held for longer than one (timed-out)
 * fetch, and a request whose keys are cached never waits for a fetch. Without a configured JWK set URI it is
 * discovered from the issuer (on the first token, so that a service starts while its provider is down).
 * Every real fetch is recorded, for the health contributor and to tell an outage from a token with a foreign key id.
 */
public final class IdentityProviderKeys implements Closeable {

    /** The provider as last seen: {@code lastFetched} keys, or failing since {@code failingSince}. */
    public record State(Instant lastFetched, Instant failingSince, String error) {

        public boolean unreachable() {
            return failingSince != null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(IdentityProviderKeys.class);
    private static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final int SIZE_LIMIT = 512 * 1024;

    private final Clock clock = Clock.systemUTC();
    private final Duration retryAfter;
    private final Duration outageTolerance;
    private final JWKSource<SecurityContext> cached;
    private volatile State state = new State(null, null, null);
    private volatile JWKSet lastGoodKeys;

    IdentityProviderKeys(SecurityProperties.Jwt jwt) {
        this.retryAfter = jwt.refetchInterval();
        this.outageTolerance = jwt.outageTolerance();
        ResourceRetriever retriever = new DefaultResourceRetriever((int) jwt.connectTimeout().toMillis(),
                (int) jwt.readTimeout().toMillis(), SIZE_LIMIT);
        // other requests wait for a refresh in progress no longer than that fetch may take
        long fetchTime = jwt.connectTimeout().plus(jwt.readTimeout()).toMillis();
        long ttl = jwt.keyCacheTtl().toMillis();
        // no outage tolerance of Nimbus's own: it sits below the rate limit, which refuses the fetch that
        // would have fallen back to it when the cache expires during an outage; source() falls back instead
        this.cached = JWKSourceBuilder.create(new RecordingSource(jwt, retriever))
                .retrying(false)
                .cache(ttl, fetchTime)
                .refreshAheadCache(Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4), false)
                .rateLimited(jwt.refetchInterval().toMillis())
                .outageTolerant(false)
                .build();
    }

    /** The cached keys; while none can be had (unreachable, or the refetch limit reached), the last good ones. */
    JWKSource<SecurityContext> source() {
        return (selector, context) -> {
            try {
                return cached.get(selector, context);
            } catch (KeySourceException unavailable) {
                JWKSet lastGood = lastGoodKeys;
                Instant fetched = state.lastFetched();
                if (lastGood != null && fetched != null
                        && clock.instant().isBefore(fetched.plus(outageTolerance))) {
                    return selector.select(lastGood);
                }
                throw unavailable;
            }
        };
    }

    public State state() {
        return state;
    }

    /** How long a client should wait before trying again while no keys can be had. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public void close() throws IOException {
        if (cached instanceof Closeable closeable) {
            closeable.close();
        }
    }

    /** The fetch itself, below the cache, rate limit and outage tolerance: records each outcome. */
    private final class RecordingSource implements JWKSetSource<SecurityContext> {

        private final SecurityProperties.Jwt jwt;
        private final ResourceRetriever retriever;
        private volatile URLBasedJWKSetSource<SecurityContext> keys;

        RecordingSource(SecurityProperties.Jwt jwt, ResourceRetriever retriever) {
            this.jwt = jwt;
            this.retriever = retriever;
        }

        @Override
        public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime,
                                SecurityContext context) throws KeySourceException {
            try {
                JWKSet set = keys().getJWKSet(refreshEvaluator, currentTime, context);
                if (state.unreachable()) {
                    LOG.info("Identity provider reachable again: {} keys fetched", set.getKeys().size());
                }
                lastGoodKeys = set;
                state = new State(clock.instant(), null, null);
                return set;
            } catch (KeySourceException | RuntimeException e) {
                State before = state;
                if (!before.unreachable()) {
                    LOG.warn("Identity provider unreachable, the last good keys ({}) are used: {}",
                            before.lastFetched() == null ? "none" : "fetched " + before.lastFetched(), e.getMessage());
                }
                state = new State(before.lastFetched(),
                        before.unreachable() ? before.failingSince() : clock.instant(), e.getMessage());
                throw e;
            }
        }

        private URLBasedJWKSetSource<SecurityContext> keys() throws KeySourceException {
            URLBasedJWKSetSource<SecurityContext> known = keys;
            if (known == null) {
                known = new URLBasedJWKSetSource<>(StringUtils.hasText(jwt.jwkSetUri())
                        ? url(jwt.jwkSetUri()) : discoverJwkSet(), retriever);
                keys = known;
            }
            return known;
        }

        /** OpenID discovery through the same timeouts; the document must name the configured issuer. */
        private URL discoverJwkSet() throws KeySourceException {
            String issuer = jwt.issuerUri();
            URL location = url(issuer.replaceAll("/+$", "") + DISCOVERY);
            Map<String, Object> metadata;
            try {
                metadata = JSONObjectUtils.parse(retriever.retrieveResource(location).getContent());
            } catch (IOException e) {
                throw new JWKSetRetrievalException("OpenID discovery at " + location + " failed: " + e.getMessage(), e);
            } catch (ParseException e) {
                throw new JWKSetParseException("OpenID discovery at " + location + " is not JSON", e);
            }
            if (!issuer.equals(metadata.get("issuer"))) {
                throw new JWKSetUnavailableException("OpenID discovery at " + location + " names the issuer "
                        + metadata.get("issuer") + ", not " + issuer);
            }
            if (!(metadata.get("jwks_uri") instanceof String jwksUri)) {
                throw new JWKSetUnavailableException("OpenID discovery at " + location + " names no jwks_uri");
            }
            return url(jwksUri);
        }

        private static URL url(String value) throws KeySourceException {
            try {
                return URI.create(value).toURL();
            } catch (IllegalArgumentException | MalformedURLException e) {
                throw new JWKSetUnavailableException("not a URL: " + value, e);
            }
        }

        @Override
        public void close() {
        }
    }
}
