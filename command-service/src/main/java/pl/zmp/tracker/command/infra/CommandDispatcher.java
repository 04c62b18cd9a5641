package pl.zmp.tracker.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.command.infra.AppliedEventsRecorder.AppliedEvents;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The one way controllers send commands: stamps who sent it and when, waits for the outcome,
 * and answers with the receipt a client needs for concurrency control and read-your-writes.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final ActorProvider actorProvider;
    private final Clock clock;
    private final CommandTargetResolver targetResolver = AnnotationCommandTargetResolver.builder().build();

    CommandDispatcher(CommandGateway commandGateway, JdbcTemplate jdbc, ActorProvider actorProvider, Clock clock) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.actorProvider = actorProvider;
        this.clock = clock;
    }

    public CommandReceipt dispatch(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                CommandMetadata.ACTOR, actorProvider.currentActor(),
                CommandMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                CommandMetadata.COMMAND_TIME, clock.instant().toString()));
        AppliedEvents applied = commandGateway.sendAndWait(message);
        if (applied.lastEventIdentifier() == null) {
            return currentState(targetResolver.resolveTarget(message).getIdentifier());
        }
        Long position = jdbc.queryForObject(
                "select global_index from domain_event_entry where event_identifier = ?",
                Long.class, applied.lastEventIdentifier());
        return new CommandReceipt(applied.aggregateId(), applied.version(), position);
    }

    /** For a command that changed nothing: where its aggregate already stands. */
    private CommandReceipt currentState(String aggregateId) {
        return jdbc.queryForObject(
                "select max(sequence_number), max(global_index) from domain_event_entry where aggregate_identifier = ?",
                (rs, row) -> new CommandReceipt(aggregateId, rs.getLong(1), rs.getLong(2)), aggregateId);
    }
}
