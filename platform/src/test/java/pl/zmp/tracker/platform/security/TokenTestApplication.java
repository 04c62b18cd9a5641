package pl.zmp.tracker.platform.security;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.platform.web.ContainerProblems;
import pl.zmp.tracker.platform.web.ProblemResponses;

import java.util.Map;

/** A web application with the platform's security and one route for viewers that tells who called it. */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        TrackerSecurityConfiguration.class, ContainerProblems.class, ProblemResponses.class})
class TokenTestApplication {

    static final String ROUTE = "/api/whoami";

    @Bean
    AccessRules whoamiRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, ROUTE).hasRole(Role.VIEWER.name());
    }

    @RestController
    static class WhoAmI {

        @GetMapping(ROUTE)
        Map<String, Object> whoami(Authentication user) {
            return Map.of("actor", String.valueOf(user.getName()), "jwt", user instanceof JwtAuthenticationToken);
        }
    }
}
