package pl.zmp.tracker.platform.testing;

import org.junit.jupiter.api.DynamicTest;
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
 * Who may call which route of a service, and the check of every route against every role: 401
 * without credentials, 403 with a role that does not grant it, neither with one that does. A route
 * no rule covers fails, so a new endpoint cannot ship without deciding who may call it.
 */
public final class AccessMatrix {

    private final List<Rule> rules;

    /** The first matching rule decides. */
    public AccessMatrix(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<Access> find(Route route) {
        return rules.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(route.method()))
                .filter(rule -> Rule.PATHS.match(rule.pattern(), route.path()))
                .map(Rule::access)
                .findFirst();
    }

    /** One test per route and role (and nobody), signed in as the embedded default's users are. */
    public Stream<DynamicTest> tests(MockMvc mvc, List<Route> routes) {
        return tests(mvc, routes, SignIn.EMBEDDED);
    }

    /** One test per route and role (and nobody), signed in as {@code signIn} says. */
    public Stream<DynamicTest> tests(MockMvc mvc, List<Route> routes, SignIn signIn) {
        return routes.stream().flatMap(route -> {
            Access access = find(route)
                    .orElseThrow(() -> new AssertionError("no access rule for " + route + ": add it to the rules"));
            return Stream.concat(Stream.of((Role) null), Stream.of(Role.values()))
                    .map(role -> DynamicTest.dynamicTest(route + " as " + (role == null ? "nobody" : role),
                            () -> check(mvc, route, access, role, signIn)));
        });
    }

    /** Every (method, path) pair Spring MVC maps; a mapping without methods is tried with GET and POST. */
    public static List<Route> routes(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            List<HttpMethod> methods = new ArrayList<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.addAll(List.of(HttpMethod.GET, HttpMethod.POST));
            }
            info.getPatternValues().forEach(path -> methods.forEach(method -> routes.add(new Route(method, path))));
        }
        return List.copyOf(routes);
    }

    private static void check(MockMvc mvc, Route route, Access access, Role role, SignIn signIn) throws Exception {
        RequestPostProcessor who = role == null ? anonymous() : signIn.as(role);
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
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith(signIn.scheme() + " realm=");
        } else if (access.grants(role)) {
            assertThat(status).as(description).isNotIn(401, 403);
        } else {
            assertThat(status).as(description).isEqualTo(403);
            assertThat(isProblem(result)).isTrue();
        }
    }

    private static boolean isProblem(MvcResult result) {
        String type = result.getResponse().getContentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type));
    }

    /** How a user holding one role signs in, and the scheme of the challenge to nobody. */
    public interface SignIn {

        /** The embedded default (HTTP Basic): a user holding the role. */
        SignIn EMBEDDED = new SignIn() {
            @Override
            public RequestPostProcessor as(Role role) {
                return user("matrix").roles(role.name());
            }

            @Override
            public String scheme() {
                return "Basic";
            }
        };

        RequestPostProcessor as(Role role);

        String scheme();

        /** The prod profile: a bearer token that {@code provider} signed, for a subject holding the role. */
        static SignIn bearer(TestIdentityProvider provider) {
            return new SignIn() {
                @Override
                public RequestPostProcessor as(Role role) {
                    String token = provider.token("matrix-" + role.name().toLowerCase(java.util.Locale.ROOT), role);
                    return request -> {
                        request.addHeader("Authorization", "Bearer " + token);
                        return request;
                    };
                }

                @Override
                public String scheme() {
                    return "Bearer";
                }
            };
        }
    }

    public record Route(HttpMethod method, String path) implements Comparable<Route> {

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

    public record Access(Role role, boolean open) {

        public static final Access PUBLIC = new Access(null, true);
        public static final Access DENIED = new Access(null, false);

        public static Access role(Role role) {
            return new Access(role, false);
        }

        boolean grants(Role candidate) {
            return open || (candidate != null && role != null && candidate.grants(role));
        }
    }

    /** {@code null} method: any method. */
    public record Rule(HttpMethod method, String pattern, Access access) {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        public static Rule of(HttpMethod method, String pattern, Access access) {
            return new Rule(method, pattern, access);
        }
    }
}
