package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies onto every event what an auditor needs to know of its cause: who (and the name they go by), which command, when,
 * and the correlation (the whole conversation) and causation (the message that caused it) ids.
 */
@Component
public class CommandMetadata implements CorrelationDataProvider {

    public static final String ACTOR = "actor";
    /** The actor's display name (a token's {@code preferred_username}); the actor itself is its stable subject. */
    public static final String ACTOR_NAME = "actorName";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String COMMAND_NAME = "commandName";
    public static final String COMMAND_TIME = "commandTime";
    /** Why a fact carries the business time it does, when the source is silent (the seed's assumption). */
    public static final String BASIS = "basis";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(CAUSATION_ID, message.getIdentifier());
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        copy(message, ACTOR, data);
        copy(message, ACTOR_NAME, data);
        copy(message, COMMAND_TIME, data);
        copy(message, BASIS, data);
        if (message instanceof CommandMessage<?> command) {
            data.put(COMMAND_NAME, command.getPayloadType().getSimpleName());
        } else {
            copy(message, COMMAND_NAME, data);
        }
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
