package pl.zmp.tracker.console.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;

/**
 * Where someone who must sign in (again) is sent: a page goes to the sign-in and, once signed in, comes back. A part
 * of a page that htmx asks for (the places left, the TERC suggestions) cannot hold a sign-in page, nor follow the
 * provider's redirects: htmx is told to reload the whole page instead ({@code HX-Refresh}), which then goes the
 * way of any page.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    static final String HTMX_REQUEST = "HX-Request";
    static final String HTMX_REFRESH = "HX-Refresh";

    private final AuthenticationEntryPoint pages;

    SignInEntryPoint(String signInUrl) {
        this.pages = new LoginUrlAuthenticationEntryPoint(signInUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader(HTMX_REQUEST))) {
            response.setHeader(HTMX_REFRESH, "true");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        pages.commence(request, response, reason);
    }
}
