package pl.zmp.tracker.command.infra;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/** The aggregate a command is for, as its {@code @TargetAggregateIdentifier} names it. */
final class CommandTargets {

    private static final CommandTargetResolver ANNOTATIONS = AnnotationCommandTargetResolver.builder().build();

    private CommandTargets() {
    }

    /** The aggregate's id, or null for a command that names none; {@code command} may be a message or its payload. */
    static String aggregateIdOf(Object command) {
        try {
            return ANNOTATIONS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
