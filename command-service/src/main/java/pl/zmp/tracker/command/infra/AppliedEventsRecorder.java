package pl.zmp.tracker.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes the events each command applies and answers the command with {@link AppliedEvents} in
 * place of the handler's own result, so a caller learns which aggregate version it produced.
 * A command sent with an idempotency key has its outcome stored in the same transaction as its events.
 */
@Component
class AppliedEventsRecorder implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    private static final String APPLIED = AppliedEventsRecorder.class.getName() + ".applied";

    private final IdempotencyKeys idempotencyKeys;

    AppliedEventsRecorder(EventStore eventStore, CommandBus commandBus, IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
        eventStore.registerDispatchInterceptor(events -> (index, event) -> record(event));
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        List<DomainEventMessage<?>> applied = unitOfWork.root().getOrComputeResource(APPLIED, key -> new ArrayList<>());
        interceptorChain.proceed();
        AppliedEvents outcome = applied.isEmpty() ? AppliedEvents.NONE : AppliedEvents.of(applied.get(applied.size() - 1));
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
        if (key != null) {
            // registered after the event store's own handler, so it runs once the events are appended
            unitOfWork.onPrepareCommit(u -> idempotencyKeys.record(key.toString(), command.getCommandName(), outcome));
        }
        return outcome;
    }

    private static EventMessage<?> record(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
            List<DomainEventMessage<?>> applied =
                    CurrentUnitOfWork.get().root().getOrComputeResource(APPLIED, key -> new ArrayList<>());
            applied.add(domainEvent);
        }
        return event;
    }

    /** The last event a command applied; {@link #NONE} when it changed nothing. */
    record AppliedEvents(String aggregateId, long version, String lastEventIdentifier) {
        static final AppliedEvents NONE = new AppliedEvents(null, -1, null);

        static AppliedEvents of(DomainEventMessage<?> last) {
            return new AppliedEvents(last.getAggregateIdentifier(), last.getSequenceNumber(), last.getIdentifier());
        }
    }
}
