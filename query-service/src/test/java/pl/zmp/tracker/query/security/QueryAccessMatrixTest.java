package pl.zmp.tracker.query.security;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.zmp.tracker.platform.security.Role;
import pl.zmp.tracker.platform.testing.AccessMatrix;
import pl.zmp.tracker.platform.testing.AccessMatrix.Access;
import pl.zmp.tracker.platform.testing.AccessMatrix.Route;
import pl.zmp.tracker.platform.testing.AccessMatrix.Rule;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of query-service (and the dashboard page), as Spring MVC maps it, against every role: 401 without credentials,
 * 403 with a role that does not grant it, neither with one that does. A route this table does not
 * cover fails, so a new endpoint cannot ship without deciding who may call it.
 */
class QueryAccessMatrixTest extends QueryServiceIntegrationTest {

    static final List<String> DASHBOARD = List.of("/", "/index.html", "/dashboard.js", "/dashboard.css");

    static final AccessMatrix MATRIX = new AccessMatrix(List.of(
            Rule.of(HttpMethod.GET, "/v3/api-docs/**", Access.PUBLIC),
            Rule.of(HttpMethod.GET, "/v3/api-docs.yaml", Access.PUBLIC),
            Rule.of(HttpMethod.GET, "/swagger-ui.html", Access.PUBLIC),
            Rule.of(null, "/api/admin/**", Access.role(Role.ADMIN)),
            Rule.of(null, "/api/audit/**", Access.role(Role.AUDITOR)),
            Rule.of(HttpMethod.GET, "/api/calendar.ics", Access.PUBLIC),
            Rule.of(HttpMethod.GET, "/api/**", Access.role(Role.VIEWER)),
            Rule.of(HttpMethod.GET, "/", Access.role(Role.VIEWER)),
            Rule.of(HttpMethod.GET, "/*.html", Access.role(Role.VIEWER)),
            Rule.of(HttpMethod.GET, "/*.js", Access.role(Role.VIEWER)),
            Rule.of(HttpMethod.GET, "/*.css", Access.role(Role.VIEWER)),
            Rule.of(null, "/error", Access.DENIED)));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsItsRuleSays() {
        List<Route> routes = new ArrayList<>(AccessMatrix.routes(handlerMapping));
        assertThat(routes).extracting(Route::path).contains("/api/municipalities", "/api/dashboard/stream");
        // the dashboard page and its assets are static resources, outside the handler methods
        DASHBOARD.forEach(path -> routes.add(new Route(HttpMethod.GET, path)));
        return MATRIX.tests(mvc, routes);
    }

    @Test
    void aRouteWithoutARuleIsReported() {
        assertThat(MATRIX.find(new Route(HttpMethod.DELETE, "/api/projects/x"))).isEmpty();
        assertThat(MATRIX.find(new Route(HttpMethod.POST, "/api/projects"))).isEmpty();
    }
}
