package pl.zmp.tracker.command.axon;

import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.AggregateType;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The aggregate classes Axon handles, found by their {@code @Aggregate}. Each feature keeps its aggregate to
 * itself (package-private); what works on every aggregate (audit's time travel, the cross-instance turns) finds
 * them here, by the type the event store names them with.
 */
@Component
public class AggregateClasses {

    private final Map<String, Class<?>> byStoredName;

    AggregateClasses(ListableBeanFactory beans) {
        this.byStoredName = Arrays.stream(beans.getBeanNamesForAnnotation(Aggregate.class))
                .map(beans::getType)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    }

    /** The class of an aggregate type. */
    public Class<?> of(AggregateType type) {
        Class<?> aggregate = byStoredName.get(type.storedName());
        if (aggregate == null) {
            throw new IllegalStateException("no @Aggregate class is named " + type.storedName());
        }
        return aggregate;
    }

    public Collection<Class<?>> all() {
        return byStoredName.values();
    }
}
