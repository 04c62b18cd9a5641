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
 * Notes the events each command applies and answers the command with {@link RecordedEvents} in
 * place of the handler's own result, so a caller learns which aggregate version it produced.
 * A command sent with an idempotency key has its outcome stored in the same transaction as its events.
 */
@Component
class AppliedEventsRecorder {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    private static final String APPLIED = AppliedEventsRecorder.class.getName() + ".applied";

    private final IdempotencyKeys idempotencyKeys;

    AppliedEventsRecorder(EventStore eventStore, CommandBus commandBus, IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
        eventStore.registerDispatchInterceptor(events -> (index, event) -> record(event));
        // registered here rather than as a bean, so that it runs exactly once around each command
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) this::handle);
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                          InterceptorChain interceptorChain) throws Exception {
        List<DomainEventMessage<?>> applied = unitOfWork.root().getOrComputeResource(APPLIED, key -> new ArrayList<>());
        interceptorChain.proceed();
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
        if (key != null) {
            // registered after the event store's own handler, so it runs once the events are appended
            unitOfWork.onPrepareCommit(u -> idempotencyKeys.record(
                    key.toString(), command.getCommandName(), AppliedEvents.of(applied)));
        }
        return new RecordedEvents(applied);
    }

    private static EventMessage<?> record(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
            List<DomainEventMessage<?>> applied =
                    CurrentUnitOfWork.get().root().getOrComputeResource(APPLIED, key -> new ArrayList<>());
            applied.add(domainEvent);
        }
        return event;
    }

    /**
     * The events a command applied. Axon hands events to the store (and to this recorder) only when
     * the command commits, so the list is complete once the command's result reaches its sender.
     */
    record RecordedEvents(List<DomainEventMessage<?>> events) {
        AppliedEvents outcome() {
            return AppliedEvents.of(events);
        }
    }

    /** The last event a command applied; {@link #NONE} when it changed nothing. */
    record AppliedEvents(String aggregateId, long version, String lastEventIdentifier) {
        static final AppliedEvents NONE = new AppliedEvents(null, -1, null);

        static AppliedEvents of(List<DomainEventMessage<?>> events) {
            if (events.isEmpty()) {
                return NONE;
            }
            DomainEventMessage<?> last = events.get(events.size() - 1);
            return new AppliedEvents(last.getAggregateIdentifier(), last.getSequenceNumber(), last.getIdentifier());
        }
    }
}
