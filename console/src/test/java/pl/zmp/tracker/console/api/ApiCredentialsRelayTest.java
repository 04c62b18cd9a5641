package pl.zmp.tracker.console.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * What the relay sends the APIs for each kind of sign-in, and that a token which cannot be renewed or which the
 * APIs refuse ends in a new sign-in ({@link CredentialsExpiredException}), never in an error page.
 */
class ApiCredentialsRelayTest {

    private static final String QUERIES = "http://queries.test/api/projects";
    private static final ClientRegistration PROVIDER = ClientRegistration.withRegistrationId("tracker")
            .clientId("console").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("http://provider.test/authorize").tokenUri("http://provider.test/token").build();
    private static final OAuth2AuthenticationToken SIGNED_IN = new OAuth2AuthenticationToken(
            new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_USER"), Map.of("sub", "3c1f-ewa"), "sub"),
            AuthorityUtils.createAuthorityList("ROLE_USER"), "tracker");

    private final RestClient.Builder builder = RestClient.builder();
    private final MockRestServiceServer api = MockRestServiceServer.bindTo(builder).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void relaysTheOpenIdUsersAccessToken() {
        RestClient client = relayed(request -> authorized("token-of-ewa"));
        api.expect(requestTo(QUERIES)).andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer token-of-ewa"))
                .andRespond(withSuccess());

        SecurityContextHolder.getContext().setAuthentication(SIGNED_IN);
        client.get().uri(QUERIES).retrieve().toBodilessEntity();

        api.verify();
    }

    @Test
    void relaysTheDemoUsersNameAndPassword() {
        RestClient client = relayed(request -> null);
        api.expect(requestTo(QUERIES)).andExpect(header(HttpHeaders.AUTHORIZATION,
                "Basic " + HttpHeaders.encodeBasicAuth("viewer", "viewer", null))).andRespond(withSuccess());

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "viewer", "viewer", AuthorityUtils.createAuthorityList("ROLE_USER")));
        client.get().uri(QUERIES).retrieve().toBodilessEntity();

        api.verify();
    }

    @Test
    void aTokenThatCannotBeRenewedSendsTheUserToSignInAgain() {
        RestClient client = relayed(request -> {
            throw new OAuth2AuthorizationException(new OAuth2Error("invalid_grant"));
        });

        SecurityContextHolder.getContext().setAuthentication(SIGNED_IN);

        assertThatThrownBy(() -> client.get().uri(QUERIES).retrieve().toBodilessEntity())
                .isInstanceOf(CredentialsExpiredException.class).hasMessageContaining("invalid_grant");
        api.verify();
    }

    @Test
    void aTokenTheApisRefuseSendsTheUserToSignInAgain() {
        RestClient client = relayed(request -> authorized("token-of-ewa"));
        api.expect(requestTo(QUERIES)).andRespond(withStatus(HttpStatus.UNAUTHORIZED));

        SecurityContextHolder.getContext().setAuthentication(SIGNED_IN);

        assertThatThrownBy(() -> client.get().uri(QUERIES).retrieve().toBodilessEntity())
                .isInstanceOf(CredentialsExpiredException.class);
        api.verify();
    }

    @Test
    void aRefusalOfAnotherKindIsTheApisAnswerToShow() {
        RestClient client = relayed(request -> authorized("token-of-jan"));
        api.expect(requestTo(QUERIES)).andRespond(withStatus(HttpStatus.FORBIDDEN));

        SecurityContextHolder.getContext().setAuthentication(SIGNED_IN);

        int status = client.get().uri(QUERIES).exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(403);
        api.verify();
    }

    private RestClient relayed(OAuth2AuthorizedClientManager tokens) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("authorizedClientManager", tokens));
        return builder.requestInterceptor(new ApiCredentialsRelay(beans.getBeanProvider(OAuth2AuthorizedClientManager.class)))
                .build();
    }

    private static OAuth2AuthorizedClient authorized(String token) {
        return new OAuth2AuthorizedClient(PROVIDER, "3c1f-ewa", new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, token, Instant.now(), Instant.now().plusSeconds(300)));
    }
}
