package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventstore.SnapshotsNotTaken;

import javax.sql.DataSource;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On PostgreSQL, where several command-service instances may share the event store, a command takes
 * a transaction-scoped advisory lock on its aggregate before loading it: commands on one aggregate
 * sent to different instances then wait for each other in the database instead of racing for the
 * next sequence number and being judged again. Each instance already sends one command per aggregate
 * at a time ({@link AggregateQueues}), so a waiting command holds at most one connection. The
 * embedded store (H2) serves a single instance and needs no lock.
 * <p>
 * The same round trip reads the aggregate's newest event ({@link AggregateTips}), in a statement of
 * its own after the lock, so that it sees whatever the previous holder of the lock committed. A
 * command that creates its aggregate takes no lock: there is nothing to load, and a second creation
 * of the same id fails on the store's unique sequence number whether it waited or not. An aggregate
 * whose tip shows fewer events than the snapshot threshold is loaded without looking for a snapshot.
 */
@Component
class CrossInstanceTurns {

    private final EventLog eventLog;
    private final int snapshotThreshold;

    CrossInstanceTurns(CommandBus commandBus, EventLog eventLog, DataSource dataSource, AggregateClasses aggregates,
                       @Value("${tracker.snapshots.threshold:100}") int snapshotThreshold) throws Exception {
        this.eventLog = eventLog;
        this.snapshotThreshold = snapshotThreshold;
        String database = JdbcUtils.extractDatabaseMetaData(dataSource,
                metaData -> metaData.getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            Set<Class<?>> creations = creationCommands(aggregates);
            commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                CommandMessage<?> command = unitOfWork.getMessage();
                String aggregateId = CommandTargets.aggregateIdOf(command);
                if (aggregateId != null && !creations.contains(command.getPayloadType())) {
                    // inside the command's transaction, which started before any interceptor runs
                    AggregateTips.Tip tip = lockAndReadTip(aggregateId);
                    AggregateTips.remember(aggregateId, tip);
                    if (tip.sequenceNumber() + 1 <= snapshotThreshold) {
                        // too few events for the snapshot trigger to have fired: loading needs no snapshot query
                        SnapshotsNotTaken.note(aggregateId);
                    }
                }
                return chain.proceed();
            });
        }
    }

    private AggregateTips.Tip lockAndReadTip(String aggregateId) {
        EventLog.Tip tip = eventLog.lockAndReadTip(aggregateId);
        return new AggregateTips.Tip(tip.sequenceNumber(), tip.metaData());
    }

    /** The commands that aggregates handle in a constructor: each creates a new aggregate. */
    static Set<Class<?>> creationCommands(AggregateClasses aggregates) {
        return aggregates.all().stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredConstructors()))
                .filter(constructor -> constructor.isAnnotationPresent(CommandHandler.class))
                .map(Constructor::getParameterTypes)
                .filter(parameters -> parameters.length > 0)
                .map(parameters -> parameters[0])
                .collect(Collectors.toUnmodifiableSet());
    }
}
