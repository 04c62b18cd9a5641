package pl.zmp.tracker.command.security;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.zmp.tracker.platform.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of command-service, as Spring MVC maps it, against every role: 401 without credentials,
 * 403 with a role that does not grant it, neither with one that does. A route this table does not
 * cover fails, so a new endpoint cannot ship without deciding who may call it.
 */
@SecuredCommandService
class CommandAccessMatrixTest {

    /** Who may call what; the first matching rule decides. {@code null} method: any method. */
    static final List<AccessRule> RULES = List.of(
            AccessRule.of(HttpMethod.POST, "/api/admin/**", Access.role(Role.ADMIN)),
            AccessRule.of(null, "/api/audit/**", Access.role(Role.AUDITOR)),
            AccessRule.of(HttpMethod.POST, "/api/**", Access.role(Role.COORDINATOR)),
            AccessRule.of(HttpMethod.GET, "/v3/api-docs/**", Access.PUBLIC),
            AccessRule.of(HttpMethod.GET, "/v3/api-docs.yaml", Access.PUBLIC),
            AccessRule.of(HttpMethod.GET, "/swagger-ui.html", Access.PUBLIC),
            AccessRule.of(null, "/error", Access.DENIED));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsItsRuleSays() {
        List<Route> routes = routes(handlerMapping);
        assertThat(routes).extracting(Route::path).contains("/api/municipalities", "/api/admin/seed");
        return routes.stream().flatMap(route -> {
            Access access = AccessRule.find(RULES, route)
                    .orElseThrow(() -> new AssertionError("no access rule for " + route + ": add it to RULES"));
            return Stream.concat(Stream.of((Role) null), Stream.of(Role.values()))
                    .map(role -> DynamicTest.dynamicTest(route + " as " + (role == null ? "nobody" : role),
                            () -> check(route, access, role)));
        });
    }

    @Test
    void aRouteWithoutARuleIsReported() {
        assertThat(AccessRule.find(RULES, new Route(HttpMethod.DELETE, "/api/projects/x"))).isEmpty();
        assertThat(AccessRule.find(RULES, new Route(HttpMethod.GET, "/api/projects"))).isEmpty();
    }

    private void check(Route route, Access access, Role role) throws Exception {
        RequestPostProcessor who = role == null ? anonymous() : user("matrix").roles(role.name());
        MvcResult result = mvc.perform(request(route.method(), route.concretePath())
                        .contentType(MediaType.APPLICATION_JSON).content("{}").with(who))
                .andReturn();
        int status = result.getResponse().getStatus();
        String description = route + " as " + role + ": " + status + " " + result.getResponse().getContentAsString();
        if (access == Access.PUBLIC) {
            assertThat(status).as(description).isNotIn(401, 403);
        } else if (role == null) {
            assertThat(status).as(description).isEqualTo(401);
            assertThat(isProblem(result)).isTrue();
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic realm=");
        } else if (access.grants(role)) {
            assertThat(status).as(description).isNotIn(401, 403);
        } else {
            assertThat(status).as(description).isEqualTo(403);
            assertThat(isProblem(result)).isTrue();
        }
    }

    /** Every (method, path) pair Spring MVC maps; a mapping without methods is tried with GET and POST. */
    static List<Route> routes(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> paths = info.getPatternValues();
            List<HttpMethod> methods = new ArrayList<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.addAll(List.of(HttpMethod.GET, HttpMethod.POST));
            }
            paths.forEach(path -> methods.forEach(method -> routes.add(new Route(method, path))));
        }
        return List.copyOf(routes);
    }

    record Route(HttpMethod method, String path) implements Comparable<Route> {

        /** The path with every variable filled with a well-formed id. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.nameUUIDFromBytes(path.getBytes()).toString());
        }

        @Override
        public int compareTo(Route other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.name().compareTo(other.method.name());
        }

        @Override
        public String toString() {
            return method.name() + " " + path;
        }
    }

    record Access(Role role, boolean open) {

        static final Access PUBLIC = new Access(null, true);
        static final Access DENIED = new Access(null, false);

        static Access role(Role role) {
            return new Access(role, false);
        }

        boolean grants(Role candidate) {
            return open || candidate == role;
        }
    }

    record AccessRule(HttpMethod method, String pattern, Access access) {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        static AccessRule of(HttpMethod method, String pattern, Access access) {
            return new AccessRule(method, pattern, access);
        }

        static Optional<Access> find(List<AccessRule> rules, Route route) {
            return rules.stream()
                    .filter(rule -> rule.method == null || rule.method.equals(route.method()))
                    .filter(rule -> PATHS.match(rule.pattern, route.path()))
                    .map(AccessRule::access)
                    .findFirst();
        }
    }

    static boolean isProblem(MvcResult result) {
        String type = result.getResponse().getContentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type));
    }
}
