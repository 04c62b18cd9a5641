package pl.zmp.tracker.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Axon's embedded event store, which can also be told that another process has appended events. Its reader
 * (the one query shared by every stream at the head of the store) looks for new events right after this
 * process commits some, and otherwise only every fetch delay; {@link #readNewEventsSoon()} makes it look at once,
 * or, when it was told less than the gathering interval ago, at the end of that interval. A burst of appends by
 * another process is thus read in batches, not one read (and one projection batch) per append: at hundreds of
 * commits a second, reading each one alone cost the whole system half its throughput (docs/benchmarks.md).
 */
public class TrackerEventStore extends EmbeddedEventStore {

    private final List<Runnable> afterEachCommit = new CopyOnWriteArrayList<>();
    private final long gatherNanos;
    private final AtomicLong lastTold;
    private final AtomicBoolean readPlanned = new AtomicBoolean();
    private final ScheduledExecutorService plannedReads = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-planned-reads");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param gatherFor the shortest time between two reads that {@link #readNewEventsSoon()} asks for
     */
    public TrackerEventStore(Builder builder, Duration gatherFor) {
        super(builder);
        this.gatherNanos = gatherFor.toNanos();
        this.lastTold = new AtomicLong(System.nanoTime() - gatherNanos);
    }

    /**
     * Makes the reader look for new events at once, as it does after a commit of this process, instead of at the
     * end of its fetch delay; or, if it was made to look less than the gathering interval ago, once that interval
     * is over. A read is always planned after the call, so no append is left for the fetch delay; telling it when
     * nothing is new costs one query, and it never skips anything, as it always reads on from its last event.
     */
    public void readNewEventsSoon() {
        if (!readPlanned.compareAndSet(false, true)) {
            return; // the read already planned comes after this append's commit: it reads it too
        }
        long wait = lastTold.get() + gatherNanos - System.nanoTime();
        if (wait <= 0) {
            readNow();
        } else {
            plannedReads.schedule(this::readNow, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void readNow() {
        // cleared before the reader is woken: an append told after this plans the next read
        readPlanned.set(false);
        lastTold.set(System.nanoTime());
        // Axon's after-commit hook only wakes the reader; it does not look at the events it is given
        super.afterCommit(List.of());
    }

    /** Runs {@code action} each time events appended through this store have been committed. */
    public void afterEachCommit(Runnable action) {
        afterEachCommit.add(action);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        afterEachCommit.forEach(Runnable::run);
    }

    @Override
    public void shutDown() {
        plannedReads.shutdownNow();
        super.shutDown();
    }
}
