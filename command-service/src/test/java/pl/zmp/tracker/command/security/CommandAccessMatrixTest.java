package pl.zmp.tracker.command.security;

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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of command-service, as Spring MVC maps it, against every role: 401 without credentials,
 * 403 with a role that does not grant it, neither with one that does. A route this table does not
 * cover fails, so a new endpoint cannot ship without deciding who may call it.
 */
@SecuredCommandService
class CommandAccessMatrixTest {

    static final AccessMatrix MATRIX = new AccessMatrix(List.of(
            Rule.of(HttpMethod.POST, "/api/admin/**", Access.role(Role.ADMIN)),
            Rule.of(null, "/api/audit/**", Access.role(Role.AUDITOR)),
            Rule.of(HttpMethod.POST, "/api/recruitments/*/late-applications", Access.role(Role.ADMIN)),
            Rule.of(HttpMethod.POST, "/api/**", Access.role(Role.COORDINATOR)),
            Rule.of(HttpMethod.GET, "/v3/api-docs/**", Access.PUBLIC),
            Rule.of(HttpMethod.GET, "/v3/api-docs.yaml", Access.PUBLIC),
            Rule.of(HttpMethod.GET, "/swagger-ui.html", Access.PUBLIC),
            Rule.of(null, "/error", Access.DENIED)));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsItsRuleSays() {
        List<Route> routes = AccessMatrix.routes(handlerMapping);
        assertThat(routes).extracting(Route::path).contains("/api/municipalities", "/api/admin/seed");
        return MATRIX.tests(mvc, routes);
    }

    @Test
    void aRouteWithoutARuleIsReported() {
        assertThat(MATRIX.find(new Route(HttpMethod.DELETE, "/api/projects/x"))).isEmpty();
        assertThat(MATRIX.find(new Route(HttpMethod.GET, "/api/projects"))).isEmpty();
    }
}
