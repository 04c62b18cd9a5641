package pl.zmp.tracker.console.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Every API call carries the signed-in user's own credentials, so the APIs see (and record as the actor) that
 * user, never the console: on the embedded default the demo user's name and password (HTTP Basic, kept in the
 * server-side session only), with OpenID Connect the user's access token, refreshed when it expires (or is about
 * to, within a minute).
 * <p>
 * When no good token can be had (the refresh token expired or was revoked, the provider issues none, or the APIs
 * answer 401 to the token), the call fails with {@link CredentialsExpiredException}: Spring Security then sends
 * the browser to the provider to sign in again and back to the page, rather than showing an error.
 */
@Component
class ApiCredentialsRelay implements ClientHttpRequestInterceptor {

    private final ObjectProvider<OAuth2AuthorizedClientManager> authorizedClients;

    /**
     * @param authorizedClients Spring Security's own, there only with OpenID Connect configured: it refreshes the
     *                          access token and, as it does, the signed-in user's ID token and details too (so that
     *                          signing out at the provider names the provider's current ID token)
     */
    ApiCredentialsRelay(ObjectProvider<OAuth2AuthorizedClientManager> authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return execution.execute(request, body);
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user instanceof OAuth2AuthenticationToken oidc) {
            request.getHeaders().setBearerAuth(accessToken(oidc));
            ClientHttpResponse response = execution.execute(request, body);
            if (response.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                response.close();
                throw new CredentialsExpiredException("the APIs no longer accept the user's access token");
            }
            return response;
        }
        if (user instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.getCredentials() instanceof String password) {
            request.getHeaders().setBasicAuth(signedIn.getName(), password);
        }
        return execution.execute(request, body);
    }

    /** The user's access token, refreshed first if it has expired or is about to. */
    private String accessToken(OAuth2AuthenticationToken user) {
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.getObject().authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(user.getAuthorizedClientRegistrationId()).principal(user).build());
        } catch (OAuth2AuthorizationException notRenewed) {
            throw new CredentialsExpiredException("the access token could not be renewed: "
                    + notRenewed.getError().getErrorCode(), notRenewed);
        }
        if (client == null) {
            throw new CredentialsExpiredException("the session holds no access token");
        }
        return client.getAccessToken().getTokenValue();
    }
}
