package pl.zmp.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Refusals made before a request reaches a controller, as RFC 9457 problem+json like every other refusal. */
final class SecurityProblems {

    static final String INVALID_TOKEN = "INVALID_TOKEN";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    private static final String DECODING_PREFIX = "An error occurred while attempting to decode the Jwt: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityProblems() {
    }

    /**
     * 401 with the challenge of the sign-in scheme in use ({@code Basic realm=...} or {@code Bearer}); a bearer
     * token that was refused says why (expired, wrong audience, no subject...), with code {@code INVALID_TOKEN}.
     */
    static AuthenticationEntryPoint unauthorized(String challenge) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (e instanceof InvalidBearerTokenException) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge + ", error=\"invalid_token\"");
                write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", reason(e), INVALID_TOKEN);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
            write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "sign in to use this resource", UNAUTHENTICATED);
        };
    }

    /** 503 while no keys to check tokens with can be had; the client may try again after {@code retryAfter}. */
    static void identityProviderUnavailable(HttpServletRequest request, HttpServletResponse response,
                                            Duration retryAfter) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Identity provider unavailable",
                "sign-in cannot be checked now: the identity provider is unreachable; try again later",
                IdentityProviderUnavailableException.CODE);
    }

    /** The validators' reasons, or the decoder's without its boilerplate prefix. */
    private static String reason(AuthenticationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
                return "the token was refused: " + invalid.getErrors().stream()
                        .map(error -> error.getDescription() != null ? error.getDescription() : error.getErrorCode())
                        .distinct()
                        .collect(Collectors.joining("; "));
            }
        }
        String message = String.valueOf(e.getMessage()).replace(DECODING_PREFIX, "");
        return "the token was refused: " + message;
    }

    static AccessDeniedHandler forbidden() {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) ->
                write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
                        "your roles do not allow this request");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                      String detail) throws IOException {
        write(request, response, status, title, detail, null);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                      String detail, String code) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (code != null) {
            problem.put("code", code);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
