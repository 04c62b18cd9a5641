package pl.zmp.tracker.command.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts refused commands by their problem code: {@code tracker.commands.refused{code, status}} for every
 * problem+json answer to a POST (a refusal without a code, such as invalid input, counts as {@code HTTP_<status>}).
 */
@RestControllerAdvice
class RefusalMetrics implements ResponseBodyAdvice<Object> {

    /** Absent in web slices (@WebMvcTest), which have no metrics: then nothing is counted. */
    private final ObjectProvider<MeterRegistry> meters;

    RefusalMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                         Class<? extends HttpMessageConverter<?>> converterType,
                                         ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail problem) || !HttpMethod.POST.equals(request.getMethod())) {
            return body;
        }
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
            Counter.builder("tracker.commands.refused")
                    .description("commands refused, by problem code and HTTP status")
                    .tag("code", code == null ? "HTTP_" + problem.getStatus() : code.toString())
                    .tag("status", Integer.toString(problem.getStatus()))
                    .register(registry)
                    .increment();
        }
        return body;
    }
}
