package pl.zmp.tracker.platform.security;

import org.springframework.security.oauth2.jwt.JwtException;

/** No keys to check a token with: the identity provider is unreachable and no good keys are left. */
final class IdentityProviderUnavailableException extends JwtException {

    static final String CODE = "IDENTITY_PROVIDER_UNAVAILABLE";

    IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether this, or what caused it, is an unavailable provider. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IdentityProviderUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
