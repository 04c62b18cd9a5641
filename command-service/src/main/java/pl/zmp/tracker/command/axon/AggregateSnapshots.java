package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.zmp.tracker.events.EventJson;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of long-lived aggregates, so that loading one reads its latest snapshot and the few
 * events after it instead of its whole history. Every aggregate refers to {@link #TRIGGER}: a
 * snapshot is taken after {@code tracker.snapshots.threshold} (default 100) events were read or
 * applied since the last one. Snapshots are the aggregate's fields as JSON text, with a revision
 * that is a fingerprint of the aggregate's shape: a snapshot taken by a different shape of the
 * class is ignored (the aggregate is rebuilt from its events and snapshotted again), never misread.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateSnapshots {

    public static final String TRIGGER = "aggregateSnapshotTrigger";
    private static final String OWN_TYPES = "pl.zmp.tracker.";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${tracker.snapshots.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Axon's snapshotter, taking its snapshots on a thread of its own after the command committed, so
     * that a request thread never waits for a snapshot nor for the connection one needs. Snapshots are
     * a shortcut for loading: one that cannot be queued is skipped, the next trigger takes it.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotThread())
                .build();
    }

    private static Executor snapshotThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1000), runnable -> {
                    Thread thread = new Thread(runnable, "aggregate-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        ObjectMapper mapper = EventJson.objectMapper()
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.SETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                // a snapshot is the whole state: anything it does not fit is an error, not a field to skip
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(AggregateSnapshots::fingerprint)
                .build();
    }

    /** Only snapshots taken by the aggregate class as it is now are used. */
    @Bean
    SnapshotFilter currentShapeSnapshots() {
        return snapshot -> {
            try {
                Class<?> type = Class.forName(snapshot.getPayload().getType().getName(),
                        false, AggregateSnapshots.class.getClassLoader());
                return fingerprint(type) != null && fingerprint(type).equals(snapshot.getPayload().getType().getRevision());
            } catch (ClassNotFoundException gone) {
                return false;
            }
        };
    }

    /** A digest of the fields of the type and of the project's own types they hold, recursively; null for others. */
    static String fingerprint(Class<?> type) {
        if (!type.getName().startsWith(OWN_TYPES)) {
            return null;
        }
        Map<String, String> shapes = new TreeMap<>();
        describe(type, shapes, new HashSet<>());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(shapes.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void describe(Class<?> type, Map<String, String> shapes, Set<Class<?>> seen) {
        if (!type.getName().startsWith(OWN_TYPES) || !seen.add(type)) {
            return;
        }
        StringBuilder shape = new StringBuilder();
        if (type.isEnum()) {
            Arrays.stream(type.getEnumConstants()).forEach(constant -> shape.append(constant).append(','));
        }
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            Field[] fields = c.getDeclaredFields();
            Arrays.sort(fields, Comparator.comparing(Field::getName));
            for (Field field : fields) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                shape.append(field.getName()).append(':').append(field.getGenericType().getTypeName()).append(';');
                describeAll(field.getGenericType(), shapes, seen);
            }
        }
        shapes.put(type.getName(), shape.toString());
    }

    private static void describeAll(Type type, Map<String, String> shapes, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            describe(c.isArray() ? c.getComponentType() : c, shapes, seen);
        } else if (type instanceof ParameterizedType p) {
            describeAll(p.getRawType(), shapes, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(argument -> describeAll(argument, shapes, seen));
        } else if (type instanceof GenericArrayType a) {
            describeAll(a.getGenericComponentType(), shapes, seen);
        }
    }
}
