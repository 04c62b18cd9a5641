package pl.zmp.tracker.console.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.CredentialsExpiredException;

import static org.assertj.core.api.Assertions.assertThat;

/** A page is sent to the sign-in; a part of a page htmx asked for makes htmx reload the page instead. */
class SignInEntryPointTest {

    private final SignInEntryPoint entryPoint = new SignInEntryPoint(ConsoleSecurity.OIDC_SIGN_IN);

    @Test
    void aPageGoesToTheSignIn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(new MockHttpServletRequest("GET", "/projects"), response,
                new CredentialsExpiredException("the access token could not be renewed"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("http://localhost/oauth2/authorization/tracker");
        assertThat(response.getHeader(SignInEntryPoint.HTMX_REFRESH)).isNull();
    }

    @Test
    void aPartOfAPageMakesHtmxReloadThePage() throws Exception {
        MockHttpServletRequest places = new MockHttpServletRequest("GET", "/recruitments/r-1/places");
        places.addHeader(SignInEntryPoint.HTMX_REQUEST, "true");
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(places, response, new CredentialsExpiredException("the access token could not be renewed"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(SignInEntryPoint.HTMX_REFRESH)).isEqualTo("true");
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
