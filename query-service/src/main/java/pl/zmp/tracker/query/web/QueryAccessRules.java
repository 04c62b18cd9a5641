package pl.zmp.tracker.query.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.security.AccessRules;
import pl.zmp.tracker.platform.security.Role;

/**
 * Viewers read: the query API, its live stream, and the dashboard page with its static assets. The calendar
 * feed of exhibition showings and recruitment deadlines is public, as those events are: calendar programs
 * subscribe to it by URL and cannot sign in (docs/adr/0013).
 */
@Component
public class QueryAccessRules implements AccessRules {

    /** The dashboard page and the files it loads, all at the top level of the site. */
    public static final String[] DASHBOARD = {"/", "/*.html", "/*.js", "/*.css", "/*.ico", "/*.svg", "/*.png",
            "/assets/**"};

    /** The iCalendar feed, public so that calendar programs can subscribe to it. */
    public static final String CALENDAR_FEED = "/api/calendar.ics";

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, CALENDAR_FEED).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                .requestMatchers(HttpMethod.GET, DASHBOARD).hasRole(Role.VIEWER.name());
    }
}
