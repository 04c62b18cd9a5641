package pl.zmp.tracker.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

import java.util.Locale;

/**
 * Who a token speaks for: its subject ({@code sub}), stable at the identity provider, is the actor recorded
 * on every event; {@code preferred_username} (or {@code name}) is only a display name beside it. A subject
 * must be present, non-blank, free of control characters and outside the {@code system:} namespace that
 * the service's own actors (the seed loader is {@code system:seed}) use.
 */
public final class TokenSubject {

    /** The namespace of actors that are the system itself, never a signed-in user. */
    public static final String RESERVED_PREFIX = "system:";
    static final int MAX_LENGTH = 255;
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String NAME = "name";

    private TokenSubject() {
    }

    /** Refuses a token whose subject cannot be an actor, saying why. */
    static OAuth2TokenValidator<Jwt> validator() {
        return jwt -> {
            String reason = problem(jwt.getClaimAsString(JwtClaimNames.SUB));
            return reason == null ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null));
        };
    }

    /** Why this subject cannot be an actor, or {@code null} if it can. */
    static String problem(String subject) {
        if (subject == null) {
            return "the token has no subject (sub)";
        }
        if (subject.isBlank()) {
            return "the token's subject (sub) is blank";
        }
        if (subject.codePoints().anyMatch(TokenSubject::isControl)) {
            return "the token's subject (sub) contains control characters";
        }
        if (subject.length() > MAX_LENGTH) {
            return "the token's subject (sub) is longer than " + MAX_LENGTH + " characters";
        }
        if (isReserved(subject)) {
            return "the token's subject (sub) is in the reserved " + RESERVED_PREFIX + " namespace";
        }
        return null;
    }

    /**
     * The name to show beside the subject: {@code preferred_username}, else {@code name}, without control
     * characters and at most 100 characters; the subject itself when neither is usable (or one claims a
     * {@code system:} name).
     */
    public static String displayName(Jwt jwt) {
        for (String claim : new String[]{PREFERRED_USERNAME, NAME}) {
            Object value = jwt.getClaims().get(claim);
            if (value instanceof String text) {
                String clean = sanitise(text);
                if (!clean.isEmpty() && !isReserved(clean)) {
                    return clean;
                }
            }
        }
        return jwt.getSubject();
    }

    static String sanitise(String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().filter(c -> !isControl(c)).forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        return stripped.length() <= 100 ? stripped : stripped.substring(0, 100);
    }

    private static boolean isReserved(String name) {
        return name.strip().toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX);
    }

    /** C0/C1 controls, and invisible format characters (bidi overrides, zero-width) that disguise a name. */
    private static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
