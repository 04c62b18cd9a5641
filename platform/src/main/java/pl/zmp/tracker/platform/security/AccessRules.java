package pl.zmp.tracker.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The routes of one service and the role each needs, added after the rules both services share
 * (public actuator endpoints and API docs, /api/admin, /api/audit); anything no rule names is denied.
 */
@FunctionalInterface
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
