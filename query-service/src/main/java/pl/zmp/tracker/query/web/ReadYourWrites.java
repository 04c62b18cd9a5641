package pl.zmp.tracker.query.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncManager;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.query.projection.ProjectionProgress;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Lets a client read its own write: a query carrying the global position a command answered with
 * ({@code X-Min-Position} header or {@code minPosition} parameter) is answered only once every
 * projection has reached it, or with 503 and Retry-After after {@code tracker.consistency.max-wait}.
 * <p>
 * A wait holds no request thread: the request goes asynchronous, and the position-reached signal
 * dispatches it back to its handler. At most {@code tracker.consistency.max-waiting} requests wait at
 * once; beyond that, and for a position the event store does not hold, the answer comes at once.
 */
@Component
@EnableConfigurationProperties(ConsistencyProperties.class)
class ReadYourWrites implements HandlerInterceptor, WebMvcConfigurer {

    static final String HEADER = "X-Min-Position";
    static final String PARAMETER = "minPosition";
    /** Marks a request that went asynchronous to wait; holds the position it waits for. */
    private static final String WAITED_FOR = ReadYourWrites.class.getName() + ".waitedFor";
    /** Time the container's async timeout allows beyond the wait's own, which normally ends it first. */
    private static final long ASYNC_GRACE_MILLIS = 5_000;

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;
    private final Semaphore waitSlots;

    ReadYourWrites(ProjectionProgress progress, ConsistencyProperties properties) {
        this.progress = progress;
        this.properties = properties;
        this.waitSlots = new Semaphore(properties.maxWaiting());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            return resume(request);
        }
        String header = request.getHeader(HEADER);
        String field = header != null ? HEADER : PARAMETER;
        String value = header != null ? header : request.getParameter(PARAMETER);
        if (value == null) {
            return true;
        }
        long position = parse(value, field);
        if (progress.hasReached(position)) {
            return true;
        }
        if (!progress.isStored(position)) {
            throw new InvalidFieldException(field, "is beyond the newest event in the store; "
                    + "pass the globalPosition a command answered with");
        }
        if (!waitSlots.tryAcquire()) {
            throw ProjectionsBehindException.tooManyWaiting(position, progress.caughtUpTo());
        }
        CompletableFuture<Boolean> reached = progress.whenReached(position, properties.maxWait());
        // every wait ends (reached, timed out or shut down), and so hands its slot back
        reached.whenComplete((done, error) -> waitSlots.release());
        if (reached.isDone()) {
            return reachedOrBehind(reached.join(), position);
        }
        waitAsynchronously(request, response, position, reached);
        return false;
    }

    /** Hands the request thread back; the position reached (or not in time) dispatches the request again. */
    private void waitAsynchronously(HttpServletRequest request, HttpServletResponse response, long position,
                                    CompletableFuture<Boolean> reached) {
        DeferredResult<Object> outcome = new DeferredResult<>(properties.maxWait().toMillis() + ASYNC_GRACE_MILLIS);
        outcome.onTimeout(() -> outcome.setResult(behind(position)));
        // a request the container ends first (an I/O error it notices, its own timeout) ends its wait and
        // hands back its slot; a client that silently disconnects keeps its slot until max-wait at most
        outcome.onCompletion(() -> reached.complete(false));
        WebAsyncManager async = WebAsyncUtils.getAsyncManager(request);
        async.setAsyncWebRequest(WebAsyncUtils.createAsyncWebRequest(request, response));
        request.setAttribute(WAITED_FOR, position);
        try {
            async.startDeferredResultProcessing(outcome);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start waiting for position " + position, e);
        }
        reached.whenComplete((done, error) -> outcome.setResult(Boolean.TRUE.equals(done) ? position : behind(position)));
    }

    /** Back from a wait: on to the handler if the position was reached, else the 503 the wait ended with. */
    private boolean resume(HttpServletRequest request) throws Exception {
        Object position = request.getAttribute(WAITED_FOR);
        if (position == null) {
            return true; // the second half of an answer streamed asynchronously, not a wait of ours
        }
        request.removeAttribute(WAITED_FOR);
        WebAsyncManager async = WebAsyncUtils.getAsyncManager(request);
        Object outcome = async.getConcurrentResult();
        // the handler is to run afresh, not to answer with the wait's outcome
        async.clearConcurrentResult();
        if (outcome instanceof Exception failure) {
            throw failure; // not reached in time, or the connection failed while waiting
        }
        if (outcome instanceof Throwable error) {
            throw new IllegalStateException(error);
        }
        return true;
    }

    private boolean reachedOrBehind(boolean reached, long position) {
        if (!reached) {
            throw behind(position);
        }
        return true;
    }

    private ProjectionsBehindException behind(long position) {
        return new ProjectionsBehindException(position, progress.caughtUpTo());
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
