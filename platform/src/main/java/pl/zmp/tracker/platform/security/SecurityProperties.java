package pl.zmp.tracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Who may sign in and how ({@code tracker.security.*}).
 *
 * @param users       the embedded default's users (HTTP Basic), used only when no JWT issuer is configured
 * @param jwt         the OAuth2 resource server settings; required in the {@code prod} profile
 * @param cors        the browser origins other than the service's own that may call it
 * @param maxBodySize the largest request body accepted (larger: 413)
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt,
        @DefaultValue Cors cors,
        @DefaultValue("64KB") DataSize maxBodySize) {

    /** A user of the embedded default: only the BCrypt hash of the password is configured. */
    public record User(String name, String passwordHash, Set<Role> roles) {
    }

    /**
     * The OAuth2 resource server: which tokens are accepted, and how the identity provider's keys are fetched.
     *
     * @param issuerUri        the OpenID issuer: the {@code iss} every token must carry (required in prod); its
     *                         JWK set is discovered from it unless {@code jwkSetUri} is given
     * @param jwkSetUri        the JWK set, when the issuer offers no discovery (or to skip it)
     * @param audience         a value the token's {@code aud} must contain (required in prod)
     * @param rolesClaim       the claim holding the user's roles (a list or a space-separated string)
     * @param clockSkew        how far the clocks of the provider and this service may disagree, for {@code exp},
     *                         {@code nbf} and {@code iat}
     * @param connectTimeout   connecting to the JWK set (and discovery) endpoint
     * @param readTimeout      waiting for its answer
     * @param keyCacheTtl      how long fetched keys are used before they are fetched again (refreshed ahead)
     * @param refetchInterval  the shortest time between two fetches triggered by tokens with an unknown key id;
     *                         also the {@code Retry-After} of a 503 while the provider is unreachable
     * @param outageTolerance  how long the last keys fetched are still used while the provider is unreachable
     */
    public record Jwt(String issuerUri, String jwkSetUri, String audience,
                      @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("60s") Duration clockSkew,
                      @DefaultValue("2s") Duration connectTimeout,
                      @DefaultValue("3s") Duration readTimeout,
                      @DefaultValue("5m") Duration keyCacheTtl,
                      @DefaultValue("30s") Duration refetchInterval,
                      @DefaultValue("1h") Duration outageTolerance) {

        public boolean configured() {
            return StringUtils.hasText(issuerUri) || StringUtils.hasText(jwkSetUri);
        }
    }

    /** @param allowedOrigins e.g. {@code https://intranet.zmp.poznan.pl}; none by default */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }
}
