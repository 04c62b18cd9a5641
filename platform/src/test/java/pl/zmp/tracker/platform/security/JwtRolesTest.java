package pl.zmp.tracker.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("3f1c-subject")
                .issuedAt(Instant.parse("2026-04-01T10:00:00Z")).expiresAt(Instant.parse("2026-04-01T11:00:00Z"));
    }

    @Test
    void namesTheUserByTheStableSubjectNotTheDisplayNameAndGrantsTheKnownRolesOfTheClaim() {
        AbstractAuthenticationToken user = new JwtRoles("roles").convert(token()
                .claim("preferred_username", "anna.nowak")
                .claim("roles", List.of("coordinator", "ROLE_VIEWER", "superuser")).build());

        assertThat(user.getName()).isEqualTo("3f1c-subject");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COORDINATOR", "ROLE_VIEWER");
    }

    @Test
    void readsASpaceSeparatedClaimOfAnotherName() {
        AbstractAuthenticationToken user = new JwtRoles("tracker_roles").convert(token()
                .claim("tracker_roles", "AUDITOR ADMIN").claim("roles", List.of("COORDINATOR")).build());

        assertThat(user.getName()).isEqualTo("3f1c-subject");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AUDITOR", "ROLE_ADMIN");
    }

    @Test
    void aTokenWithoutTheClaimGrantsNothing() {
        assertThat(new JwtRoles("roles").convert(token().build()).getAuthorities()).isEmpty();
    }
}
