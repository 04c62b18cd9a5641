package pl.zmp.tracker.console.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import pl.zmp.tracker.console.ConsoleProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * What the console lets a user see, learned from the APIs with the user's own credentials (HTTP Basic on the
 * embedded default, the access token with OpenID Connect): the catalogue answers viewers, the audit log
 * auditors, the list of rebuilds admins. The APIs stay the one judge of roles (their roles claim and hierarchy), so the console never
 * shows a page the APIs would refuse. Sending commands is decided by the command API on each command.
 */
class ApiRoles {

    static final String VIEWER = "ROLE_VIEWER";
    static final String AUDITOR = "ROLE_AUDITOR";
    static final String ADMIN = "ROLE_ADMIN";
    static final String SIGNED_IN = "ROLE_USER";

    private final RestClient queries;

    ApiRoles(RestClient.Builder builder, ConsoleProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(5_000);
        requests.setReadTimeout(10_000);
        this.queries = builder.clone().requestFactory(requests).baseUrl(properties.queryUrl().toString()).build();
    }

    /**
     * The roles of the user whose {@code Authorization} header this is; refused when the APIs do not know the
     * credentials, failed when they cannot be reached.
     */
    List<GrantedAuthority> of(String authorization) {
        List<GrantedAuthority> roles = new ArrayList<>();
        roles.add(new SimpleGrantedAuthority(SIGNED_IN));
        int catalogue = status("/api/projects?size=1", authorization);
        if (catalogue == 401) {
            throw new BadCredentialsException("the APIs do not accept these credentials");
        }
        if (catalogue < 300) {
            roles.add(new SimpleGrantedAuthority(VIEWER));
        }
        if (status("/api/audit/events?size=1", authorization) < 300) {
            roles.add(new SimpleGrantedAuthority(AUDITOR));
        }
        if (status("/api/admin/rebuilds", authorization) < 300) {
            roles.add(new SimpleGrantedAuthority(ADMIN));
        }
        return roles;
    }

    private int status(String path, String authorization) {
        try {
            return queries.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .header(HttpHeaders.ACCEPT, "application/json")
                    .exchange((request, response) -> response.getStatusCode().value());
        } catch (ResourceAccessException unreachable) {
            throw new AuthenticationServiceException("the query API cannot be reached", unreachable);
        }
    }
}
