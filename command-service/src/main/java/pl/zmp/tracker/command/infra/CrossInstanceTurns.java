package pl.zmp.tracker.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * On PostgreSQL, where several command-service instances may share the event store, a command takes
 * a transaction-scoped advisory lock on its aggregate before loading it: commands on one aggregate
 * sent to different instances then wait for each other in the database instead of racing for the
 * next sequence number and being judged again. Each instance already sends one command per aggregate
 * at a time ({@link AggregateQueues}), so a waiting command holds at most one connection. The
 * embedded store (H2) serves a single instance and needs no lock.
 */
@Component
class CrossInstanceTurns {

    CrossInstanceTurns(CommandBus commandBus, JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource,
                metaData -> metaData.getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                String aggregateId = CommandTargets.aggregateIdOf(unitOfWork.getMessage());
                if (aggregateId != null) {
                    // inside the command's transaction, which started before any interceptor runs
                    jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, aggregateId);
                }
                return chain.proceed();
            });
        }
    }
}
