package pl.zmp.tracker.command.infra;

import org.springframework.stereotype.Component;

/**
 * Who is sending the command. There is no authentication yet, so every command is recorded as
 * sent by the clearly marked anonymous actor; clients cannot name an actor themselves.
 */
@Component
public class ActorProvider {

    public static final String ANONYMOUS = "anonymous";

    public String currentActor() {
        return ANONYMOUS;
    }
}
