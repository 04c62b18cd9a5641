package pl.zmp.tracker.console.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Every API call carries the signed-in user's own credentials, so the APIs see (and record as the actor) that
 * user, never the console: on the embedded default the demo user's name and password (HTTP Basic, kept in the
 * server-side session only), with OpenID Connect the user's access token, refreshed when it expires.
 */
@Component
class ApiCredentialsRelay implements ClientHttpRequestInterceptor {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<OAuth2AuthorizedClientRepository> clients;
    private volatile OAuth2AuthorizedClientManager authorizedClients;

    ApiCredentialsRelay(ObjectProvider<ClientRegistrationRepository> registrations,
                        ObjectProvider<OAuth2AuthorizedClientRepository> clients) {
        this.registrations = registrations;
        this.clients = clients;
    }

    /** Gets, and refreshes, the user's access token; there only with OpenID Connect configured. */
    private OAuth2AuthorizedClientManager authorizedClients() {
        if (authorizedClients == null && registrations.getIfAvailable() != null) {
            DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(
                    registrations.getObject(), clients.getObject());
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode().refreshToken().build());
            authorizedClients = manager;
        }
        return authorizedClients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user instanceof UsernamePasswordAuthenticationToken signedIn
                    && signedIn.getCredentials() instanceof String password) {
                request.getHeaders().setBasicAuth(signedIn.getName(), password);
            } else if (user instanceof OAuth2AuthenticationToken oidc) {
                OAuth2AuthorizedClientManager manager = authorizedClients();
                OAuth2AuthorizedClient client = manager == null ? null : manager.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(oidc.getAuthorizedClientRegistrationId())
                        .principal(oidc).build());
                if (client != null) {
                    request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
                }
            }
        }
        return execution.execute(request, body);
    }
}
