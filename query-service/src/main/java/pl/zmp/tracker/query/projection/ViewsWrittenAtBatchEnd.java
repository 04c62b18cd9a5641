package pl.zmp.tracker.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes the read-model documents a batch changed right after its last event has been handled. Not at
 * prepare-commit: a streaming processor stores the batch's token there first, so a write failing after
 * it would leave the token past events that never reached the read model. Here a failed write fails
 * the batch before the token moves, and the processor retries it.
 * <p>
 * Axon puts this on every event processor of the application context; the rebuild processors, built
 * by hand, add it themselves.
 */
@Component
public class ViewsWrittenAtBatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            PendingViews.writeIn(unitOfWork);
        }
        return result;
    }
}
