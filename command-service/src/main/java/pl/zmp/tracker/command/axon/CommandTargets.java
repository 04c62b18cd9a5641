package pl.zmp.tracker.command.axon;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.Field;
import java.util.Optional;

/**
 * The aggregate a command is for, as its {@code @TargetAggregateIdentifier} names it. The annotated field
 * of each command class is looked up once (Axon's resolver scans the class on every call, and every
 * command is resolved several times: its turn, its lock, its target); commands whose identifier is not
 * an annotated field are resolved by Axon.
 */
final class CommandTargets {

    private static final CommandTargetResolver ANNOTATIONS = AnnotationCommandTargetResolver.builder().build();
    private static final ClassValue<Optional<Field>> TARGET_FIELDS = new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, TargetAggregateIdentifier.class)) {
                    return Optional.of(ReflectionUtils.ensureAccessible(field));
                }
            }
            return Optional.empty();
        }
    };

    private CommandTargets() {
    }

    /** The aggregate's id, or null for a command that names none; {@code command} may be a message or its payload. */
    static String aggregateIdOf(Object command) {
        Object identifier = identifierOf(command);
        return identifier == null ? null : identifier.toString();
    }

    /** The aggregate's identifier as the command holds it; null for a command that names none. */
    static Object identifierOf(Object command) {
        Object payload = command instanceof Message<?> message ? message.getPayload() : command;
        Optional<Field> field = payload == null ? Optional.empty() : TARGET_FIELDS.get(payload.getClass());
        if (field.isPresent()) {
            return ReflectionUtils.getFieldValue(field.get(), payload);
        }
        try {
            return ANNOTATIONS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifierValue();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
