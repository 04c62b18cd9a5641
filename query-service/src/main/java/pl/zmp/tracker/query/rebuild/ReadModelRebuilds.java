package pl.zmp.tracker.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.projection.LiveReadModels;
import pl.zmp.tracker.query.projection.ProjectionProgress;
import pl.zmp.tracker.query.store.ReadModelCollections;
import pl.zmp.tracker.query.projection.ViewsWrittenAtBatchEnd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds a read model without downtime. A second processor replays the whole event store through
 * the same projection into a new collection while the current one keeps serving queries. Once the
 * new one has caught up, the live processor (which feeds every live read model) pauses, the new one
 * finishes up to the newest event, the new collection becomes the serving one in a single step, the
 * live processor resumes from its own position, and the old collection is dropped. The events
 * the live processor then hands the rebuilt model again are already in its new collection and change
 * nothing (each view keeps the sequence number of its last event); the other read models go on from
 * where they paused. Queries never see an empty or half-built model. The rebuild is recorded in
 * MongoDB, so a restart resumes it.
 */
@Component
public class ReadModelRebuilds implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);
    private static final int RATE_SAMPLES = 25;
    /** How long the live projection may stay paused while the rebuild finishes the last events. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(30);

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final EventStore eventStore;
    private final TransactionManager transactionManager;
    private final MongoTemplate mongo;
    private final ProjectionProgress progress;
    private final ViewsWrittenAtBatchEnd viewsWrittenAtBatchEnd;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Object> projections = new TreeMap<>();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(named("rebuild-monitor"));

    ReadModelRebuilds(ApplicationContext context, EventProcessingConfiguration processing, TokenStore tokenStore,
                      EventStore eventStore, TransactionManager transactionManager, MongoTemplate mongo,
                      ProjectionProgress progress, ViewsWrittenAtBatchEnd viewsWrittenAtBatchEnd, MeterRegistry meters,
                      Clock clock) {
        this.context = context;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.mongo = mongo;
        this.progress = progress;
        this.viewsWrittenAtBatchEnd = viewsWrittenAtBatchEnd;
        this.meters = meters;
        this.clock = clock;
    }

    /** Before any processor starts: the projections by read model, and which collection serves each. */
    @Override
    public void afterSingletonsInstantiated() {
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(projection -> projections.put(
                AnnotationUtils.findAnnotation(projection.getClass(), ProcessingGroup.class).value(), projection));
        mongo.findAll(RebuildRecord.class)
                .forEach(record -> ReadModelCollections.serve(record.model(), record.servingCollection()));
    }

    /** Resumes rebuilds that a restart interrupted. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterrupted() {
        mongo.findAll(RebuildRecord.class).stream()
                .filter(record -> RebuildRecord.RUNNING.equals(record.state()))
                .filter(record -> !running.containsKey(record.model()))
                .forEach(record -> {
                    log.info("Resuming the rebuild of {} into {}", record.model(), record.targetCollection());
                    launch(record);
                });
    }

    public List<String> models() {
        return List.copyOf(projections.keySet());
    }

    public synchronized RebuildProgress start(String model) {
        requireKnown(model);
        if (running.containsKey(model)) {
            throw new RebuildRefusedException("a rebuild of " + model + " is already running");
        }
        Instant now = clock.instant();
        String suffix = Long.toString(now.toEpochMilli());
        RebuildRecord record = new RebuildRecord(model, RebuildRecord.RUNNING, model + "-rebuild-" + suffix,
                model + "_" + suffix, ReadModelCollections.serving(model), now, null);
        mongo.save(record);
        launch(record);
        return progressOf(model);
    }

    public RebuildProgress progressOf(String model) {
        requireKnown(model);
        Running rebuild = running.get(model);
        if (rebuild != null) {
            return rebuild.progress();
        }
        RebuildRecord record = mongo.findById(model, RebuildRecord.class);
        long head = progress.head();
        return new RebuildProgress(model, record == null ? "NEVER_REBUILT" : record.state(),
                record == null ? null : record.targetCollection(), ReadModelCollections.serving(model),
                head, head, 100, 0, 0L, record == null ? null : record.startedAt(),
                record == null ? null : record.finishedAt());
    }

    private void launch(RebuildRecord record) {
        String model = record.model();
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(record.processorName())
                // like the live processors: a failing event fails its batch, which is retried
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projections.get(model))
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor(named(record.processorName() + "-coordinator")))
                .workerExecutor(Executors.newScheduledThreadPool(2, named(record.processorName() + "-worker")))
                .initialSegmentCount(Math.max(1, tokenStore.fetchSegments(LiveReadModels.PROCESSOR).length))
                .initialToken(StreamableMessageSource::createTailToken)
                .batchSize(500)
                .build();
        // the batch's documents are written after its last event, into the collection its handlers used
        processor.registerHandlerInterceptor(viewsWrittenAtBatchEnd);
        // on the rebuild's own threads the model's documents go to the new collection while a handler runs
        processor.registerHandlerInterceptor((unitOfWork, chain) ->
                ReadModelCollections.redirected(model, record.targetCollection(), chain::proceed));
        Running rebuild = new Running(record, processor);
        running.put(model, rebuild);
        registerGauges(model);
        processor.start();
        monitor.schedule(() -> check(model), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(String model) {
        Running rebuild = running.get(model);
        if (rebuild == null) {
            return;
        }
        try {
            rebuild.sample();
            long live = progress.positions().getOrDefault(model, -1L);
            if (rebuild.caughtUp() && rebuild.position() >= live) {
                swap(rebuild);
                return;
            }
        } catch (RuntimeException e) {
            log.warn("Rebuild of {} could not progress; trying again", model, e);
        }
        monitor.schedule(() -> check(model), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Pauses the live processor, lets the rebuild finish up to the newest event, swaps the collections and resumes. */
    private void swap(Running rebuild) {
        RebuildRecord record = rebuild.record;
        String model = record.model();
        StreamingEventProcessor live = liveProcessor(model);
        String previous = ReadModelCollections.serving(model);
        live.shutDown();
        try {
            long stoppedAt = progress.head();
            long deadline = System.nanoTime() + FINISH_WITHIN.toNanos();
            while (rebuild.position() < stoppedAt || !rebuild.caughtUp()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the rebuild did not reach position " + stoppedAt + " in time");
                }
                rebuild.sample();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            rebuild.processor.shutDown();
            deleteTokens(record.processorName());
            ReadModelCollections.serve(model, record.targetCollection());
            mongo.save(new RebuildRecord(model, RebuildRecord.SERVING, record.processorName(),
                    record.targetCollection(), record.targetCollection(), record.startedAt(), clock.instant()));
        } catch (RuntimeException failed) {
            // not swapped: the old collection keeps serving and the rebuild goes on
            if (!rebuild.processor.isRunning()) {
                rebuild.processor.start();
            }
            throw failed;
        } finally {
            live.start();
        }
        if (!previous.equals(record.targetCollection())) {
            mongo.dropCollection(previous);
        }
        running.remove(model);
        log.info("Rebuilt {} into {} and swapped it in; dropped {}", model, record.targetCollection(), previous);
    }

    /** The rebuild's processor is done: its tokens go (the live processor keeps its own). */
    private void deleteTokens(String rebuildProcessor) {
        transactionManager.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(rebuildProcessor)) {
                // only the owner may delete a token: fetching it claims it
                tokenStore.fetchToken(rebuildProcessor, segment);
                tokenStore.deleteToken(rebuildProcessor, segment);
            }
        });
    }

    private StreamingEventProcessor liveProcessor(String model) {
        return processing.eventProcessorByProcessingGroup(model, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor for " + model));
    }

    private void requireKnown(String model) {
        if (!projections.containsKey(model)) {
            throw new UnknownReadModelException(model, models());
        }
    }

    private void registerGauges(String model) {
        Gauge.builder("tracker.rebuild.percent", () -> progressOf(model).percent())
                .tag("model", model).description("how far the running (or last) rebuild of a read model is")
                .register(meters);
        Gauge.builder("tracker.rebuild.events.per.second", () -> progressOf(model).eventsPerSecond())
                .tag("model", model).register(meters);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        monitor.shutdownNow();
        running.values().forEach(rebuild -> rebuild.processor.shutDown());
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A rebuild under way, with recent (time, position) samples for its speed. */
    private final class Running {
        private final RebuildRecord record;
        private final PooledStreamingEventProcessor processor;
        private final Deque<long[]> samples = new ArrayDeque<>();

        private Running(RebuildRecord record, PooledStreamingEventProcessor processor) {
            this.record = record;
            this.processor = processor;
        }

        long position() {
            return processor.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(position -> position.orElse(-1))
                    .min().orElse(-1);
        }

        /** Every segment is claimed and has reached the head it saw last. */
        boolean caughtUp() {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return !status.isEmpty() && status.size() >= tokenStore.fetchSegments(record.processorName()).length
                    && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        }

        synchronized void sample() {
            samples.addLast(new long[]{System.nanoTime(), position()});
            while (samples.size() > RATE_SAMPLES) {
                samples.removeFirst();
            }
        }

        synchronized RebuildProgress progress() {
            long head = progress.head();
            long position = position();
            double rate = 0;
            if (samples.size() > 1) {
                long[] first = samples.getFirst();
                long[] last = samples.getLast();
                double seconds = (last[0] - first[0]) / 1e9;
                rate = seconds > 0 ? Math.max(0, last[1] - first[1]) / seconds : 0;
            }
            double percent = head <= 0 ? 100 : Math.min(100, Math.max(0, position) * 100.0 / head);
            Long secondsLeft = rate > 0 ? (long) Math.ceil((head - position) / rate) : null;
            return new RebuildProgress(record.model(), RebuildRecord.RUNNING, record.targetCollection(),
                    ReadModelCollections.serving(record.model()), position, head, percent, rate, secondsLeft,
                    record.startedAt(), null);
        }
    }

}
