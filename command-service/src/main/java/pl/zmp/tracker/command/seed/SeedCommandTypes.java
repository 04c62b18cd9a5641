package pl.zmp.tracker.command.seed;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every command of the write model by its simple name: the vocabulary a seed file may use. */
final class SeedCommandTypes {

    private static final String COMMAND_PACKAGE = "pl.zmp.tracker.command";

    private SeedCommandTypes() {
    }

    static Map<String, Class<?>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        return scanner.findCandidateComponents(COMMAND_PACKAGE).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(SeedCommandTypes::isCommand)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    }

    /** A command is a record whose first component names its target aggregate (the annotation lands on the field). */
    private static boolean isCommand(Class<?> type) {
        if (!type.isRecord() || type.getRecordComponents().length == 0) {
            return false;
        }
        try {
            return type.getDeclaredField(type.getRecordComponents()[0].getName())
                    .isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
