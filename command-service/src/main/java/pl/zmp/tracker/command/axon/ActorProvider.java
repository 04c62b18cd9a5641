package pl.zmp.tracker.command.axon;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.security.TokenSubject;

/**
 * Who is sending the command: the signed-in user, and nothing a client writes in a header or body.
 * With a JWT that is its subject ({@code sub}, stable at the identity provider and checked on sign-in),
 * with its display name beside it; without a signed-in user no command can be sent on anyone's behalf
 * (the seed names its own actor).
 */
@Component
public class ActorProvider {

    public String currentActor() {
        return signedIn().getName();
    }

    /** The name to show for the actor: a token's {@code preferred_username} (sanitised), else the user name. */
    public String currentActorName() {
        Authentication authentication = signedIn();
        return authentication instanceof JwtAuthenticationToken token
                ? TokenSubject.displayName(token.getToken()) : authentication.getName();
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("a command needs a signed-in user");
        }
        return authentication;
    }
}
