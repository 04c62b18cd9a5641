package pl.zmp.tracker.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes and checks a bearer token: an RS256 signature by one of the provider's keys, then Spring's
 * validators for {@code exp} (required, with the clock skew), {@code nbf}, {@code iat} (required, not in
 * the future), {@code iss} and {@code aud} (when configured; both are required in prod) and the subject.
 * A token that cannot be checked because the provider's keys cannot be had is an
 * {@link IdentityProviderUnavailableException} (503), not a bad token (401).
 */
final class TokenDecoder implements JwtDecoder {

    private final NimbusJwtDecoder decoder;
    private final IdentityProviderKeys keys;

    TokenDecoder(SecurityProperties.Jwt jwt, IdentityProviderKeys keys) {
        this.keys = keys;
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.source()));
        // the claims are Spring's validators' business
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        this.decoder = new NimbusJwtDecoder(processor);
        this.decoder.setJwtValidator(validator(jwt));
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties.Jwt jwt) {
        Duration skew = jwt.clockSkew();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(skew));
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                iat -> iat != null && !iat.isAfter(Instant.now().plus(skew))));
        if (StringUtils.hasText(jwt.issuerUri())) {
            validators.add(new JwtIssuerValidator(jwt.issuerUri()));
        }
        if (StringUtils.hasText(jwt.audience())) {
            validators.add(new JwtAudienceValidator(jwt.audience()));
        }
        validators.add(TokenSubject.validator());
        return JwtValidators.createDefaultWithValidators(validators);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return decoder.decode(token);
        } catch (BadJwtException bad) {
            throw bad;
        } catch (JwtException failed) {
            KeySourceException cause = keySourceFailure(failed);
            if (cause == null) {
                throw failed;
            }
            // a refetch refused by the rate limit while the provider answers: the token's key is not among its keys
            if (cause instanceof RateLimitReachedException && !keys.state().unreachable()) {
                throw new BadJwtException("no key of the identity provider matches the token's key id", failed);
            }
            throw new IdentityProviderUnavailableException("the identity provider's keys cannot be had: "
                    + Objects.requireNonNullElse(keys.state().error(), cause.getMessage()), failed);
        }
    }

    private static KeySourceException keySourceFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof KeySourceException keySource) {
                return keySource;
            }
        }
        return null;
    }
}
