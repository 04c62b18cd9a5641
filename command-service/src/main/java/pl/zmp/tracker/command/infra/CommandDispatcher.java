package pl.zmp.tracker.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.command.infra.AppliedEventsRecorder.AppliedEvents;
import pl.zmp.tracker.command.infra.AppliedEventsRecorder.RecordedEvents;
import pl.zmp.tracker.command.infra.IdempotencyKeys.StoredOutcome;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way commands are sent: stamps who sent it and when, honours the client's expected
 * version and idempotency key, waits for the outcome, and answers with the receipt a client needs
 * for concurrency control and read-your-writes. A command that lost a race on its aggregate (another
 * command, possibly in another instance, appended the same version first) is judged again on the
 * aggregate as it now is, for up to {@code tracker.commands.lost-race-retry} (default 5 s), so that
 * racing clients get a real answer rather than a conflict they would have to retry themselves.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final ActorProvider actorProvider;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;
    private final Duration lostRaceRetry;
    private final CommandTargetResolver targetResolver = AnnotationCommandTargetResolver.builder().build();

    CommandDispatcher(CommandGateway commandGateway, JdbcTemplate jdbc, ActorProvider actorProvider,
                      IdempotencyKeys idempotencyKeys, Clock clock,
                      @Value("${tracker.commands.lost-race-retry:5s}") Duration lostRaceRetry) {
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.actorProvider = actorProvider;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
        this.lostRaceRetry = lostRaceRetry;
    }

    public CommandReceipt dispatch(Object command) {
        return dispatch(command, CommandOptions.NONE);
    }

    public CommandReceipt dispatch(Object command, CommandOptions options) {
        return dispatch(command, options, actorProvider.currentActor());
    }

    /** Sends on behalf of a named actor (the seed loader is {@code system:seed}). */
    public CommandReceipt dispatch(Object command, CommandOptions options, String actor) {
        String key = options.idempotencyKey();
        Optional<CommandReceipt> earlier = key == null ? Optional.empty() : earlierOutcome(key, command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(options, actor));
        try {
            return receipt(send(message).outcome(), message);
        } catch (RuntimeException failed) {
            // the same key sent twice at once: the twin that lost answers with the winner's outcome
            if (key == null) {
                throw failed;
            }
            return earlierOutcome(key, command).orElseThrow(() -> failed);
        }
    }

    /**
     * A lost race wrote nothing (its transaction was rolled back), so sending the command again is safe.
     * A stale {@code If-Match} is not a lost race: it is refused at once. A lost database connection
     * (also rolled back) is reported as {@link StoreUnavailableException}, for the client to retry later.
     */
    private RecordedEvents send(CommandMessage<?> message) {
        long giveUpAt = System.nanoTime() + lostRaceRetry.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(message);
            } catch (ConcurrencyException lostRace) {
                if (System.nanoTime() >= giveUpAt) {
                    throw lostRace;
                }
                pauseBeforeRetry(attempt);
            } catch (RuntimeException | Error failed) {
                if (StoreUnavailableException.isConnectionFailure(failed)) {
                    throw new StoreUnavailableException(failed);
                }
                throw failed;
            }
        }
    }

    /** A short random pause, growing with the attempts, so that the racers do not collide again in step. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10) + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", interrupted);
        }
    }

    private Map<String, Object> metadata(CommandOptions options, String actor) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(CommandMetadata.ACTOR, actor);
        metadata.put(CommandMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        metadata.put(CommandMetadata.COMMAND_TIME, clock.instant().toString());
        if (options.expectedVersion() != null) {
            metadata.put(ExpectedVersionTargetResolver.EXPECTED_VERSION, options.expectedVersion());
        }
        if (options.idempotencyKey() != null) {
            metadata.put(AppliedEventsRecorder.IDEMPOTENCY_KEY, options.idempotencyKey());
        }
        return metadata;
    }

    private Optional<CommandReceipt> earlierOutcome(String key, Object command) {
        Optional<StoredOutcome> stored = idempotencyKeys.find(key);
        stored.filter(outcome -> !outcome.commandName().equals(command.getClass().getName()))
                .ifPresent(outcome -> {
                    throw CommandRejectedException.ruleViolation("IDEMPOTENCY_KEY_REUSED",
                            "idempotency key " + key + " was already used for another command");
                });
        return stored.map(outcome -> receipt(outcome.applied(),
                GenericCommandMessage.asCommandMessage(command)));
    }

    private CommandReceipt receipt(AppliedEvents applied, CommandMessage<?> message) {
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
