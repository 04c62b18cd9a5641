package pl.zmp.tracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

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
     * @param issuerUri  the OpenID issuer (its JWK set is discovered, and the {@code iss} claim checked)
     * @param jwkSetUri  the JWK set, when the issuer offers no discovery
     * @param rolesClaim the claim holding the user's roles (a list or a space-separated string)
     */
    public record Jwt(String issuerUri, String jwkSetUri, @DefaultValue("roles") String rolesClaim) {

        public boolean configured() {
            return StringUtils.hasText(issuerUri) || StringUtils.hasText(jwkSetUri);
        }
    }

    /** @param allowedOrigins e.g. {@code https://intranet.zmp.poznan.pl}; none by default */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }
}
