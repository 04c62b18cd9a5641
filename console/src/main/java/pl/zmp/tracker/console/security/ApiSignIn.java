package pl.zmp.tracker.console.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import pl.zmp.tracker.console.ConsoleProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Form sign-in on the embedded default: the console keeps no users of its own, it asks the query API whether
 * the name and password are good (HTTP Basic, as the APIs take them). What the user may read is learned the
 * same way: the catalogue answers viewers, the audit log auditors, the list of rebuilds admins. Sending commands is decided by the command
 * API on each command, and a refusal is shown where it happens.
 */
class ApiSignIn implements AuthenticationProvider {

    static final String VIEWER = "ROLE_VIEWER";
    static final String AUDITOR = "ROLE_AUDITOR";
    static final String ADMIN = "ROLE_ADMIN";
    static final String SIGNED_IN = "ROLE_USER";

    private final RestClient queries;

    ApiSignIn(RestClient.Builder builder, ConsoleProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(5_000);
        requests.setReadTimeout(10_000);
        this.queries = builder.clone().requestFactory(requests).baseUrl(properties.queryUrl().toString()).build();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        List<GrantedAuthority> roles = new ArrayList<>();
        roles.add(new SimpleGrantedAuthority(SIGNED_IN));
        int catalogue = status("/api/projects?size=1", name, password);
        if (catalogue == 401) {
            throw new BadCredentialsException("the APIs do not know this name and password");
        }
        if (catalogue < 300) {
            roles.add(new SimpleGrantedAuthority(VIEWER));
        }
        if (status("/api/audit/events?size=1", name, password) < 300) {
            roles.add(new SimpleGrantedAuthority(AUDITOR));
        }
        if (status("/api/admin/rebuilds", name, password) < 300) {
            roles.add(new SimpleGrantedAuthority(ADMIN));
        }
        // the password stays with the session (server side) to be relayed to the APIs on each call
        return UsernamePasswordAuthenticationToken.authenticated(name, password, roles);
    }

    private int status(String path, String name, String password) {
        try {
            return queries.get().uri(path)
                    .headers(headers -> headers.setBasicAuth(name, password))
                    .header(HttpHeaders.ACCEPT, "application/json")
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        return status.value();
                    });
        } catch (ResourceAccessException unreachable) {
            throw new AuthenticationServiceException("the query API cannot be reached", unreachable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
