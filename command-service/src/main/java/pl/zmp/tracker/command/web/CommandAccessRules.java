package pl.zmp.tracker.command.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.security.AccessRules;
import pl.zmp.tracker.platform.security.Role;

/**
 * Coordinators send commands: every POST under /api (administration is the ADMIN's, shared rule).
 * Recording an application after its recruitment's deadline is authorised separately: ADMIN only.
 */
@Component
public class CommandAccessRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/recruitments/*/late-applications").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/**").hasRole(Role.COORDINATOR.name());
    }
}
