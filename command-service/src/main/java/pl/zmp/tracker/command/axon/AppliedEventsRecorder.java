package pl.zmp.tracker.command.axon;

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
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventstore.AppendedPositions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works out each dispatched command's receipt inside its own transaction, once its events are
 * appended: the aggregate, its version and the global position of the last event, read on the
 * connection that commits them. A receipt therefore never needs the database after the commit, and
 * a command sent with an idempotency key has its receipt stored in the same transaction as its events.
 */
@Component
class AppliedEventsRecorder {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String IDEMPOTENCY_FINGERPRINT = "idempotencyFingerprint";
    private static final String APPLIED = AppliedEventsRecorder.class.getName() + ".applied";

    private final IdempotencyKeys idempotencyKeys;
    private final EventLog eventLog;
    private final Map<String, Commit> inFlight = new ConcurrentHashMap<>();

    AppliedEventsRecorder(EventStore eventStore, CommandBus commandBus, IdempotencyKeys idempotencyKeys,
                          EventLog eventLog) {
        this.idempotencyKeys = idempotencyKeys;
        this.eventLog = eventLog;
        eventStore.registerDispatchInterceptor(events -> (index, event) -> record(event));
        // registered here rather than as a bean, so that it runs exactly once around each command
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) this::handle);
    }

    /** Starts following a command about to be sent; {@link #forget} it once it has its answer. */
    Commit follow(CommandMessage<?> command) {
        Commit commit = new Commit();
        inFlight.put(command.getIdentifier(), commit);
        return commit;
    }

    void forget(CommandMessage<?> command) {
        inFlight.remove(command.getIdentifier());
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                          InterceptorChain interceptorChain) throws Exception {
        List<DomainEventMessage<?>> applied = unitOfWork.root().getOrComputeResource(APPLIED, key -> new ArrayList<>());
        Object result = interceptorChain.proceed();
        CommandMessage<?> command = unitOfWork.getMessage();
        Commit commit = inFlight.get(command.getIdentifier());
        Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
        if (commit != null || key != null) {
            // registered after the event store's own handler, so it runs once the events are appended
            unitOfWork.onPrepareCommit(u -> {
                CommandReceipt receipt = receipt(command, applied);
                if (key != null) {
                    idempotencyKeys.record(command.getMetaData().get(CommandMetadata.ACTOR).toString(), key.toString(),
                            command.getMetaData().get(IDEMPOTENCY_FINGERPRINT).toString(),
                            command.getCommandName(), receipt);
                }
                if (commit != null) {
                    commit.committing(receipt, applied.isEmpty() ? null : applied.get(applied.size() - 1).getIdentifier());
                }
            });
        }
        return result;
    }

    /** Read on the command's own connection, before it commits. */
    private CommandReceipt receipt(CommandMessage<?> command, List<DomainEventMessage<?>> applied) {
        if (applied.isEmpty()) {
            // nothing changed: where the aggregate already stands
            String aggregateId = CommandTargets.aggregateIdOf(command);
            EventLog.AggregatePosition position = eventLog.positionOfAggregate(aggregateId);
            return new CommandReceipt(aggregateId, position.sequenceNumber(), position.globalIndex());
        }
        DomainEventMessage<?> last = applied.get(applied.size() - 1);
        // as the append returned it; asked of the store only if the append was not Axon's own
        long position = AppendedPositions.of(last.getIdentifier())
                .orElseGet(() -> eventLog.positionOf(last.getIdentifier()));
        return new CommandReceipt(last.getAggregateIdentifier(), last.getSequenceNumber(), position);
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
     * What the sender learns of its command's commit: the receipt, known once everything is written
     * and the transaction is about to commit. A failure after that point may have happened after the
     * database committed, so the sender must find out rather than assume.
     */
    static final class Commit {
        private volatile CommandReceipt receipt;
        private volatile String lastEventIdentifier;

        private void committing(CommandReceipt receipt, String lastEventIdentifier) {
            this.receipt = receipt;
            this.lastEventIdentifier = lastEventIdentifier;
        }

        /** Whether the transaction had reached its commit: its outcome is then decided by the database. */
        boolean reachedCommit() {
            return receipt != null;
        }

        CommandReceipt receipt() {
            return receipt;
        }

        /** The last event the command appended; null when it changed nothing. */
        String lastEventIdentifier() {
            return lastEventIdentifier;
        }
    }
}
