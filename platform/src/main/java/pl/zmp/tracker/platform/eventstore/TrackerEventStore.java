package pl.zmp.tracker.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Axon's embedded event store, which can also be told that another process has appended events. Its reader
 * (the one query shared by every stream at the head of the store) looks for new events right after this
 * process commits some, and otherwise only every fetch delay; {@link #readNewEventsNow()} makes it look at once.
 */
public class TrackerEventStore extends EmbeddedEventStore {

    private final List<Runnable> afterEachCommit = new CopyOnWriteArrayList<>();

    public TrackerEventStore(Builder builder) {
        super(builder);
    }

    /**
     * Makes the reader look for new events now, as it does after a commit of this process, instead of at the
     * end of its fetch delay. Telling it when nothing is new costs one query; it never skips anything, as it
     * always reads on from the last event it has.
     */
    public void readNewEventsNow() {
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
}
