package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Counts the events the live processor has handed to the read models since the instance started:
 * {@code tracker.projection.events{processor}}. A restart that resumed from its stored position counts only the
 * events recorded since; one that replayed the log counts them all. Rebuilds are not counted.
 */
class ProjectedEvents implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Counter handled;

    ProjectedEvents(MeterRegistry meters) {
        this.handled = Counter.builder("tracker.projection.events")
                .description("events the live read models handled since the instance started")
                .tag("processor", LiveReadModels.PROCESSOR)
                .register(meters);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        handled.increment();
        return result;
    }
}
