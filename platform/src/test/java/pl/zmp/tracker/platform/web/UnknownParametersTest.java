package pl.zmp.tracker.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query parameter the handler does not declare is refused, naming it; declared and common ones pass. */
class UnknownParametersTest {

    @SuppressWarnings("unused")
    static class Handlers {
        String list(@RequestParam(required = false) String q, @RequestParam(name = "page-number") int page) {
            return "";
        }

        String one(@PathVariable String id) {
            return "";
        }

        String anything(@RequestParam Map<String, String> parameters) {
            return "";
        }
    }

    private final UnknownParameters check = new UnknownParameters(provider(
            new UnknownParameters.CommonParameters(Set.of("minPosition"))));

    @Test
    void passesDeclaredAndCommonParameters() throws Exception {
        assertThat(check.preHandle(request("q", "page-number", "minPosition"), new MockHttpServletResponse(),
                handler("list", String.class, int.class))).isTrue();
        assertThat(check.preHandle(request(), new MockHttpServletResponse(),
                handler("one", String.class))).isTrue();
    }

    @Test
    void refusesAnUndeclaredParameterNamingIt() throws Exception {
        assertThatThrownBy(() -> check.preHandle(request("q", "page"), new MockHttpServletResponse(),
                handler("list", String.class, int.class)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("page");
                    assertThat(e.getMessage()).isEqualTo("unknown parameter; this endpoint takes page-number, q");
                });
        assertThatThrownBy(() -> check.preHandle(request("id"), new MockHttpServletResponse(),
                handler("one", String.class)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e ->
                        assertThat(e.getMessage()).isEqualTo("unknown parameter; this endpoint takes no parameters"));
    }

    @Test
    void aHandlerTakingAMapOfParametersTakesAny() throws Exception {
        assertThat(check.preHandle(request("whatever", "else"), new MockHttpServletResponse(),
                handler("anything", Map.class))).isTrue();
    }

    @Test
    void leavesRequestsWithoutAControllerMethodAlone() throws Exception {
        assertThat(check.preHandle(request("x"), new MockHttpServletResponse(), new Object())).isTrue();
    }

    private static MockHttpServletRequest request(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        for (String name : parameters) {
            request.addParameter(name, "1");
        }
        return request;
    }

    private static HandlerMethod handler(String name, Class<?>... types) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name, types));
    }

    private static org.springframework.beans.factory.ObjectProvider<UnknownParameters.CommonParameters> provider(
            UnknownParameters.CommonParameters parameters) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("common", parameters);
        return beans.getBeanProvider(UnknownParameters.CommonParameters.class);
    }
}
