package pl.zmp.tracker.console.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.nio.charset.StandardCharsets;

/**
 * Form sign-in on the embedded default: the console keeps no users of its own, it asks the query API whether
 * the name and password are good (HTTP Basic, as the relay sends it later), and learns the user's roles from the same
 * answers ({@link ApiRoles}).
 */
class ApiSignIn implements AuthenticationProvider {

    private final ApiRoles roles;

    ApiSignIn(ApiRoles roles) {
        this.roles = roles;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        String basic = "Basic " + HttpHeaders.encodeBasicAuth(name, password, StandardCharsets.ISO_8859_1);
        // the password stays with the session (server side) to be relayed to the APIs on each call
        return UsernamePasswordAuthenticationToken.authenticated(name, password, roles.of(basic));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
