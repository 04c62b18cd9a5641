package pl.zmp.tracker.command.axon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorProviderTest {

    private final ActorProvider actors = new ActorProvider();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theActorIsTheUserSignedInWithBasic() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinator", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));

        assertThat(actors.currentActor()).isEqualTo("coordinator");
    }

    @Test
    void theActorOfATokenIsItsSubjectAndItsDisplayNameIsBesideIt() {
        signInWithToken("3f1c-subject", "anna.nowak");

        assertThat(actors.currentActor()).isEqualTo("3f1c-subject");
        assertThat(actors.currentActorName()).isEqualTo("anna.nowak");
    }

    @Test
    void aDisplayNameIsCleanedOfControlCharactersAndNeverASystemName() {
        signInWithToken("3f1c-subject", " eve\nadmin\u0000\u202E ");
        assertThat(actors.currentActorName()).isEqualTo("eveadmin");

        signInWithToken("3f1c-subject", "system:seed");
        assertThat(actors.currentActorName()).isEqualTo("3f1c-subject");
    }

    @Test
    void theDisplayNameOfABasicUserIsTheirName() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinator", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));

        assertThat(actors.currentActorName()).isEqualTo("coordinator");
    }

    /** As the platform's converter signs a token in: named by its subject. */
    private static void signInWithToken(String subject, String preferredUsername) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject)
                .claim("preferred_username", preferredUsername)
                .issuedAt(Instant.parse("2026-04-01T10:00:00Z")).expiresAt(Instant.parse("2026-04-01T11:00:00Z")).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR"), subject));
    }

    @Test
    void noCommandIsSentOnBehalfOfNobody() {
        assertThatThrownBy(actors::currentActor).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(actors::currentActor).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(actors::currentActorName).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
