package pl.zmp.tracker.command.infra;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is sending the command: the signed-in user, and nothing a client writes in a header or body.
 * With a JWT that is its {@code preferred_username} (or else its subject); without a signed-in user
 * no command can be sent on anyone's behalf (the seed names its own actor).
 */
@Component
public class ActorProvider {

    public String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("a command needs a signed-in user");
        }
        return authentication.getName();
    }
}
