package pl.zmp.tracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a request to {@code /api/**} that carries a query parameter its handler does not declare (a typo such as
 * {@code sise=5} would otherwise be ignored silently): 400 problem+json naming the parameter. A handler's declared
 * parameters are its {@code @RequestParam}s; a {@code @RequestParam Map} takes any. Parameters every handler of a
 * service understands (such as the query side's {@code minPosition}) are declared as {@link CommonParameters} beans.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UnknownParameters implements HandlerInterceptor, WebMvcConfigurer {

    /** Query parameters every handler of the service accepts besides its own. */
    public record CommonParameters(Set<String> names) {
    }

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    /** What a handler taking a map of all its parameters declares: anything (compared by identity). */
    private static final Set<String> ANY = Collections.unmodifiableSet(new HashSet<>());

    private final Set<String> common = new HashSet<>();
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    public UnknownParameters(ObjectProvider<CommonParameters> commonParameters) {
        commonParameters.orderedStream().forEach(parameters -> common.addAll(parameters.names()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> known = declared.computeIfAbsent(method.getMethod(), m -> declaredBy(method));
        if (known == ANY) {
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name) && !common.contains(name)) {
                throw new InvalidFieldException(name, "unknown parameter; this endpoint takes "
                        + (known.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(known))));
            }
        }
        return true;
    }

    /** The names of the handler's request parameters, or {@link #ANY} when it takes a map of them all. */
    private static Set<String> declaredBy(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return ANY;
            }
            parameter.initParameterNameDiscovery(NAMES);
            String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
            names.add(name);
        }
        return names;
    }
}
