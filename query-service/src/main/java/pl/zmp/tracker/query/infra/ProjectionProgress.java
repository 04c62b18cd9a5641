package pl.zmp.tracker.query.infra;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * How far the projections have got in the event store. Every projection batch that commits
 * signals here (this is a handler interceptor of every event processor), which wakes readers
 * waiting to read their own writes and the live dashboard stream. The position reached is worked
 * out once per change, by the thread that signals, never by each waiting reader: a projection
 * that skips an event advances without a commit, so while anyone waits a single checker looks
 * again every {@value #RECHECK_MILLIS} ms.
 */
@Component
public class ProjectionProgress implements MessageHandlerInterceptor<EventMessage<?>> {

    static final long RECHECK_MILLIS = 10;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate eventStore;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    /** The lowest position every projection had reached when last looked at. */
    private volatile long reached = -1;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionProgress(EventProcessingConfiguration processing, JdbcTemplate eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
        checker.scheduleWithFixedDelay(() -> {
            if (waiting.get() > 0) {
                refresh();
            }
        }, RECHECK_MILLIS, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        // once per batch: a handler registered for each of a batch's events would run that many times
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isFirstMessage()) {
            unitOfWork.afterCommit(u -> signal());
        }
        return chain.proceed();
    }

    /** Called with the lowest position all projections have reached, after each projection commit. */
    public void onAdvance(LongConsumer listener) {
        listeners.add(listener);
    }

    /** The global position every projection has reached (all events up to it are visible), -1 before any. */
    public long caughtUpTo() {
        return positions().values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /** Position reached by each processor: the lowest over its segments on this node. */
    public Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(name, streaming.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> position.orElse(-1))
                        .min().orElse(-1));
            }
        });
        return positions;
    }

    /** Processors that stopped on an error. */
    public List<String> processorsInError() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming && streaming.isError())
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The global position of the newest event in the store, -1 when empty (as positions are before any event). */
    public long head() {
        Long head = eventStore.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** Waits until every projection has reached the position; false if it did not within the time. */
    public boolean awaitPosition(long position, Duration maxWait) throws InterruptedException {
        if (reached >= position || refresh() >= position) {
            return true;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        waiting.incrementAndGet();
        lock.lock();
        try {
            while (reached < position) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                advanced.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
            waiting.decrementAndGet();
        }
    }

    /** Looks at the processors again and wakes the waiting readers if the position moved on. */
    private long refresh() {
        lock.lock();
        try {
            long now = caughtUpTo();
            if (now != reached) {
                reached = now;
                advanced.signalAll();
            }
            return now;
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        long position = refresh();
        listeners.forEach(listener -> listener.accept(position));
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }

}
