package pl.zmp.tracker.query.projection;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * How far the projections have got in the event store. Every projection batch that commits
 * signals here (this is a handler interceptor of every event processor), which completes the
 * waits of readers reading their own writes and wakes the live dashboard stream. A wait is a
 * registered callback, not a blocked thread. The position reached is worked out once per change,
 * by the thread that signals, never by each waiting reader: a projection that skips an event
 * advances without a commit, so while anyone waits a single checker looks again every
 * {@value #RECHECK_MILLIS} ms.
 */
@Component
public class ProjectionProgress implements MessageHandlerInterceptor<EventMessage<?>> {

    static final long RECHECK_MILLIS = 10;

    private final EventProcessingConfiguration processing;
    private final LiveReadModels readModels;
    private final EventLog eventLog;
    private final StoredTokens storedTokens;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    /** The lowest position every projection had reached when last looked at. */
    private volatile long reached = -1;
    /** Open waits, the lowest position first; guarded by {@link #lock}. */
    private final PriorityQueue<Wait> waits = new PriorityQueue<>(Comparator.comparingLong(Wait::position));
    /** The newest event's position as last looked up: positions up to it are known to be stored. */
    private volatile long knownHead = -1;
    /** When ({@link System#nanoTime()}) the last lookup of the head began; guarded by {@link #headLookup}. */
    private long headLookedUpAt = System.nanoTime();
    private final Object headLookup = new Object();
    /** Shutting down: no new waits. */
    private volatile boolean closed;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionProgress(EventProcessingConfiguration processing, LiveReadModels readModels, EventLog eventLog,
                       StoredTokens storedTokens) {
        this.processing = processing;
        this.readModels = readModels;
        this.eventLog = eventLog;
        this.storedTokens = storedTokens;
        checker.scheduleWithFixedDelay(() -> {
            if (waiting() > 0) {
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

    /** Called with the lowest position all read models have reached, after each projection commit. */
    public void onAdvance(LongConsumer listener) {
        listeners.add(listener);
    }

    /** The global position every projection has reached (all events up to it are visible), -1 before any. */
    public long caughtUpTo() {
        return positions().values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /**
     * Position reached by each read model: the lowest over all segments of the processor that feeds it
     * (one processor feeds them all, so they share it). The segments this instance works on say where
     * they are; while it does not hold them all (another instance holds some, or they are not claimed
     * yet after a start), the others count with their stored tokens.
     */
    public Map<String, Long> positions() {
        Map<String, Long> byProcessor = new HashMap<>();
        Map<String, Long> positions = new TreeMap<>();
        readModels.models().forEach(model -> processing.eventProcessorByProcessingGroup(model)
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .ifPresent(streaming -> positions.put(model, byProcessor.computeIfAbsent(streaming.getName(),
                        name -> lowestPosition(name, streaming.processingStatus())))));
        return positions;
    }

    private long lowestPosition(String processorName, Map<Integer, EventTrackerStatus> worked) {
        Map<Integer, Long> segments = new TreeMap<>();
        worked.forEach((segment, status) -> segments.put(segment, status.getCurrentPosition().orElse(-1)));
        // each segment covers 1/(mask+1) of the events: together they must cover them all
        double covered = worked.values().stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        if (covered < 1 - 1e-9) {
            storedTokens.positions(processorName).forEach(segments::putIfAbsent);
        }
        return segments.values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /** Processors that stopped on an error. */
    public List<String> processorsInError() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming && streaming.isError())
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The global position of the newest event in the store, -1 when empty (as positions are before any event). */
    public long head() {
        long now = eventLog.head();
        knownHead = Math.max(knownHead, now);
        return now;
    }

    /**
     * Whether the position is at or before the newest event in the store, so the projections can ever reach it.
     * The head is looked up again only for a position beyond the one last seen, and requests arriving
     * together share one lookup: a flood of such positions costs one query at a time.
     */
    public boolean isStored(long position) {
        if (position <= knownHead) {
            return true;
        }
        long asked = System.nanoTime();
        synchronized (headLookup) {
            // a lookup that began after this request arrived has seen every event stored before it
            if (position > knownHead && headLookedUpAt - asked < 0) {
                headLookedUpAt = System.nanoTime();
                head();
            }
            return position <= knownHead;
        }
    }

    /** Whether every projection has reached the position (all events up to it are visible). */
    public boolean hasReached(long position) {
        return reached >= position || refresh() >= position;
    }

    /**
     * Completes with true once every projection has reached the position, or with false after
     * {@code maxWait}; never blocks the caller. Completed at once when the position is already reached.
     */
    public CompletableFuture<Boolean> whenReached(long position, Duration maxWait) {
        if (hasReached(position)) {
            return CompletableFuture.completedFuture(true);
        }
        if (closed) {
            return CompletableFuture.completedFuture(false);
        }
        Wait wait = new Wait(position, new CompletableFuture<>());
        lock.lock();
        try {
            waits.add(wait);
        } finally {
            lock.unlock();
        }
        wait.reached().whenComplete((done, error) -> forget(wait));
        wait.reached().completeOnTimeout(false, maxWait.toNanos(), TimeUnit.NANOSECONDS);
        // the position may have been reached between the first look and the registration
        refresh();
        return wait.reached();
    }

    /** Waits until every projection has reached the position; false if it did not within the time. */
    public boolean awaitPosition(long position, Duration maxWait) throws InterruptedException {
        try {
            return whenReached(position, maxWait).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many waits are open. */
    public int waiting() {
        lock.lock();
        try {
            return waits.size();
        } finally {
            lock.unlock();
        }
    }

    /** Looks at the processors again and completes the waits for every position now reached. */
    private long refresh() {
        List<Wait> done = new ArrayList<>();
        long now;
        lock.lock();
        try {
            now = caughtUpTo();
            reached = now;
            while (!waits.isEmpty() && waits.peek().position() <= now) {
                done.add(waits.poll());
            }
        } finally {
            lock.unlock();
        }
        // outside the lock: completing runs the waiters' callbacks
        done.forEach(wait -> wait.reached().complete(true));
        return now;
    }

    private void forget(Wait wait) {
        lock.lock();
        try {
            waits.remove(wait);
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        long position = refresh();
        listeners.forEach(listener -> listener.accept(position));
    }

    /** Ends every open wait as not reached, so shutdown need not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void release() {
        closed = true;
        List<Wait> open;
        lock.lock();
        try {
            open = new ArrayList<>(waits);
            waits.clear();
        } finally {
            lock.unlock();
        }
        open.forEach(wait -> wait.reached().complete(false));
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
        release();
    }

    /** A reader waiting for a position (two waits for one position differ by their future). */
    private record Wait(long position, CompletableFuture<Boolean> reached) {
    }
}
