package pl.zmp.tracker.platform.security;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The identity provider as the last fetch of its keys found it (health contributor {@code identityProvider}):
 * UP once keys were fetched, DOWN while fetching fails (the last good keys may still be in use), UNKNOWN
 * before the first token. It only reports, it never fetches, so health checks cannot hammer the provider.
 */
final class IdentityProviderHealth implements HealthIndicator {

    private final IdentityProviderKeys keys;

    IdentityProviderHealth(IdentityProviderKeys keys) {
        this.keys = keys;
    }

    @Override
    public Health health() {
        IdentityProviderKeys.State state = keys.state();
        Health.Builder health = state.unreachable() ? Health.down()
                : state.lastFetched() != null ? Health.up() : Health.unknown();
        if (state.lastFetched() != null) {
            health.withDetail("keysFetchedAt", state.lastFetched().toString());
        }
        if (state.unreachable()) {
            health.withDetail("failingSince", state.failingSince().toString())
                    .withDetail("error", String.valueOf(state.error()));
        }
        return health.build();
    }
}
