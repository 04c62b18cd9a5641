package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Adds the signed-in user's display name ({@link CommandMetadata#ACTOR_NAME}) to a command they send, beside
 * the actor (their subject) the dispatcher stamps; a command sent on behalf of another actor (the seed's
 * {@code system:seed}) gets none. Runs on the sending thread, where the user is signed in.
 */
@Component
class ActorNames implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ActorProvider actors;

    ActorNames(CommandBus commandBus, ActorProvider actors) {
        this.actors = actors;
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Object actor = command.getMetaData().get(CommandMetadata.ACTOR);
            if (actor == null || command.getMetaData().containsKey(CommandMetadata.ACTOR_NAME)) {
                return command;
            }
            try {
                if (!actor.equals(actors.currentActor())) {
                    return command;
                }
                return command.andMetaData(Map.of(CommandMetadata.ACTOR_NAME, actors.currentActorName()));
            } catch (AuthenticationException notSignedIn) {
                return command;
            }
        };
    }
}
