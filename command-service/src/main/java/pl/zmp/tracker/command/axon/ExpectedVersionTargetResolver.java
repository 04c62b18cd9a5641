package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target aggregate by its {@code @TargetAggregateIdentifier} and the version the client
 * expects in the command's metadata; Axon then refuses the command if the aggregate moved on.
 */
@Component(ExpectedVersionTargetResolver.BEAN_NAME)
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String BEAN_NAME = "expectedVersionTargetResolver";
    static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object identifier = CommandTargets.identifierOf(command);
        if (identifier == null) {
            return annotations.resolveTarget(command); // Axon's refusal of a command without a target
        }
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        return new VersionedAggregateIdentifier(identifier, expected == null ? null : ((Number) expected).longValue());
    }
}
