package pl.zmp.tracker.command.infra;

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
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        return expected == null ? target
                : new VersionedAggregateIdentifier(target.getIdentifierValue(), ((Number) expected).longValue());
    }
}
