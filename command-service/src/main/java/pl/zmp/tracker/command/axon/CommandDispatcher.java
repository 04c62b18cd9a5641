package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.command.axon.AppliedEventsRecorder.Commit;
import pl.zmp.tracker.command.axon.IdempotencyKeys.StoredOutcome;
import pl.zmp.tracker.platform.eventlog.EventLog;

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
 * for concurrency control and read-your-writes.
 * <p>
 * Every answer agrees with the event store. A command sent with an idempotency key costs no lookup
 * when it is new: the key is inserted in the command's transaction, and an earlier outcome is looked
 * up only when that insert (or the command itself) fails. Commands on one aggregate take turns in this instance
 * ({@link AggregateQueues}). A command that lost a race on its aggregate to another instance is judged
 * again on the aggregate as it now is, for up to {@code tracker.commands.lost-race-retry} (default 5 s).
 * The receipt is read inside the command's transaction; if the connection breaks while it commits,
 * the store is asked whether the command's last event is there before anything is answered.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);
    /** How long a command whose commit broke off may take to learn whether the store kept it. */
    private static final Duration FIND_OUT_FOR = Duration.ofSeconds(5);

    private final CommandGateway commandGateway;
    private final EventLog eventLog;
    private final ActorProvider actorProvider;
    private final IdempotencyKeys idempotencyKeys;
    private final AppliedEventsRecorder recorder;
    private final AggregateQueues queues;
    private final Clock clock;
    private final Duration lostRaceRetry;

    CommandDispatcher(CommandGateway commandGateway, EventLog eventLog, ActorProvider actorProvider,
                      IdempotencyKeys idempotencyKeys, AppliedEventsRecorder recorder, AggregateQueues queues,
                      Clock clock, @Value("${tracker.commands.lost-race-retry:5s}") Duration lostRaceRetry) {
        this.commandGateway = commandGateway;
        this.eventLog = eventLog;
        this.actorProvider = actorProvider;
        this.idempotencyKeys = idempotencyKeys;
        this.recorder = recorder;
        this.queues = queues;
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
        return dispatch(command, options, actor, Map.of());
    }

    /**
     * Sends on behalf of a named actor, with metadata of the caller's own (the seed's {@link CommandMetadata#BASIS})
     * that reaches every event the command applies.
     */
    public CommandReceipt dispatch(Object command, CommandOptions options, String actor, Map<String, String> extra) {
        Idempotency idempotency = options.idempotencyKey() == null ? null
                : new Idempotency(actor, options.idempotencyKey(), CommandFingerprints.of(command));
        try (AggregateQueues.Turn turn = queues.await(CommandTargets.aggregateIdOf(command))) {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(extra).andMetaData(metadata(options, actor, idempotency));
            try {
                return send(message, idempotency);
            } catch (IdempotencyKeys.KeyTakenException taken) {
                Optional<CommandReceipt> earlier = earlierOutcome(idempotency);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // the key's earlier outcome was past its retention and is forgotten now: the key is free again
                try {
                    return send(GenericCommandMessage.asCommandMessage(command)
                            .andMetaData(metadata(options, actor, idempotency)), idempotency);
                } catch (RuntimeException failed) {
                    return earlierOutcomeOr(idempotency, failed);
                }
            } catch (RuntimeException failed) {
                return earlierOutcomeOr(idempotency, failed);
            }
        }
    }

    /**
     * A lost race wrote nothing (its transaction was rolled back), so sending the command again is safe.
     * A stale {@code If-Match} is not a lost race: it is refused at once. A lost database connection
     * before the commit (also rolled back) is reported as {@link StoreUnavailableException}; one during
     * the commit is resolved by asking the store what it kept.
     */
    private CommandReceipt send(CommandMessage<?> message, Idempotency idempotency) {
        long giveUpAt = System.nanoTime() + lostRaceRetry.toNanos();
        for (int attempt = 1; ; attempt++) {
            Commit commit = recorder.follow(message);
            try {
                commandGateway.sendAndWait(message);
                return commit.receipt();
            } catch (ConcurrencyException lostRace) {
                Optional<CommandReceipt> twin = earlierOutcome(idempotency);
                if (twin.isPresent()) {
                    return twin.get();
                }
                if (System.nanoTime() >= giveUpAt) {
                    throw lostRace;
                }
                pause(5L * Math.min(attempt, 10));
            } catch (RuntimeException | Error failed) {
                if (!StoreUnavailableException.isConnectionFailure(failed)) {
                    throw failed;
                }
                if (commit.reachedCommit()) {
                    return storedOrNot(commit, failed);
                }
                throw new StoreUnavailableException(failed);
            } finally {
                recorder.forget(message);
            }
        }
    }

    /** The commit broke off: the receipt holds if the command's last event is in the store. */
    private CommandReceipt storedOrNot(Commit commit, Throwable failure) {
        if (commit.lastEventIdentifier() == null) {
            return commit.receipt(); // it changed nothing, whether the commit went through or not
        }
        long giveUpAt = System.nanoTime() + FIND_OUT_FOR.toNanos();
        for (int attempt = 1; ; attempt++) {
            boolean stored;
            try {
                stored = eventLog.contains(commit.lastEventIdentifier());
            } catch (RuntimeException unreachable) {
                if (!StoreUnavailableException.isConnectionFailure(unreachable)) {
                    throw unreachable;
                }
                if (System.nanoTime() >= giveUpAt) {
                    throw new OutcomeUnknownException(commit.receipt().aggregateId(), commit.lastEventIdentifier(), failure);
                }
                pause(Math.min(50L * attempt, 500));
                continue;
            }
            log.warn("The connection broke while a command on {} committed; the store {} its event {}",
                    commit.receipt().aggregateId(), stored ? "kept" : "did not keep", commit.lastEventIdentifier());
            if (stored) {
                return commit.receipt();
            }
            throw new StoreUnavailableException(failure);
        }
    }

    /** A random pause of up to {@code maxMillis}, so that racers do not collide again in step. */
    private static void pause(long maxMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, maxMillis + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", interrupted);
        }
    }

    private Map<String, Object> metadata(CommandOptions options, String actor, Idempotency idempotency) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(CommandMetadata.ACTOR, actor);
        metadata.put(CommandMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        metadata.put(CommandMetadata.COMMAND_TIME, clock.instant().toString());
        if (options.expectedVersion() != null) {
            metadata.put(ExpectedVersionTargetResolver.EXPECTED_VERSION, options.expectedVersion());
        }
        if (idempotency != null) {
            metadata.put(AppliedEventsRecorder.IDEMPOTENCY_KEY, idempotency.key());
            metadata.put(AppliedEventsRecorder.IDEMPOTENCY_FINGERPRINT, idempotency.fingerprint());
        }
        return metadata;
    }

    /**
     * A command sent with a key is not looked up first: its key is inserted with its events, and only a
     * command that failed asks whether the key was used before. It may have failed because it was (the
     * insert of the key refused it, and the transaction with its events was rolled back) or because the
     * first attempt changed the aggregate (a stale {@code If-Match}, a value now claimed): either way the
     * first attempt's outcome is the answer. A twin sent at the same moment through another instance ends
     * the same way. Without an earlier outcome the failure stands as it is.
     */
    private CommandReceipt earlierOutcomeOr(Idempotency idempotency, RuntimeException failed) {
        if (idempotency == null) {
            throw failed;
        }
        Optional<CommandReceipt> earlier;
        try {
            earlier = earlierOutcome(idempotency);
        } catch (CommandRejectedException reused) {
            throw reused; // the key came with another command: that, not the failure, is the answer
        } catch (RuntimeException unknown) {
            failed.addSuppressed(unknown);
            throw failed;
        }
        return earlier.orElseThrow(() -> failed);
    }

    /** The outcome stored under the user's key, if the key was used; refused if it came with another command. */
    private Optional<CommandReceipt> earlierOutcome(Idempotency idempotency) {
        if (idempotency == null) {
            return Optional.empty();
        }
        Optional<StoredOutcome> stored = idempotencyKeys.find(idempotency.actor(), idempotency.key());
        stored.filter(outcome -> !outcome.fingerprint().equals(idempotency.fingerprint()))
                .ifPresent(outcome -> {
                    throw CommandRejectedException.ruleViolation("IDEMPOTENCY_KEY_REUSED",
                            "idempotency key " + idempotency.key() + " was already used for another command"
                                    + " or another body; nothing was stored");
                });
        return stored.map(StoredOutcome::receipt);
    }

    /** A client's key, scoped to the user who sent it, and the fingerprint of the command it came with. */
    private record Idempotency(String actor, String key, String fingerprint) {
    }
}
