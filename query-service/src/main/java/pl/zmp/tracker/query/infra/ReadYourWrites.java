package pl.zmp.tracker.query.infra;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.zmp.tracker.platform.web.InvalidFieldException;

/**
 * Lets a client read its own write: a query carrying the global position a command answered with
 * ({@code X-Min-Position} header or {@code minPosition} parameter) is answered only once every
 * projection has reached it, or with 503 and Retry-After after {@code tracker.consistency.max-wait}.
 */
@Component
@EnableConfigurationProperties(ConsistencyProperties.class)
class ReadYourWrites implements HandlerInterceptor, WebMvcConfigurer {

    static final String HEADER = "X-Min-Position";
    static final String PARAMETER = "minPosition";

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;

    ReadYourWrites(ProjectionProgress progress, ConsistencyProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(HEADER);
        String value = header != null ? header : request.getParameter(PARAMETER);
        if (value == null) {
            return true;
        }
        long position = parse(value, header != null ? HEADER : PARAMETER);
        if (!progress.awaitPosition(position, properties.maxWait())) {
            throw new ProjectionsBehindException(position, progress.caughtUpTo());
        }
        return true;
    }

    private static long parse(String value, String field) {
        try {
            long position = Long.parseLong(value.strip());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a global position (a non-negative whole number)");
        }
    }
}
