package pl.zmp.tracker.query.projection;

import jakarta.annotation.PreDestroy;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The event store as the live read models' processor reads it: the same streams, but each one
 * tells its reader as soon as new events are there. Axon's pooled processor asks its stream for
 * such a callback once it has read everything; the event store's own streams have none, and the
 * processor would then look again only every 500 ms (docs/adr/0008).
 * <p>
 * One watcher thread follows the head of the store through a stream of its own. That stream shares
 * the event store's reader (and its cache of recently read events) with every other stream at the
 * head, so it costs no extra query and deserializes nothing: it only notices that the reader has
 * fetched new events, and then calls every registered callback. A callback that comes too early
 * or twice costs the processor one look at its stream; none is lost, because the watcher runs for
 * as long as a stream is open and the processor also looks on its own every token-claim interval.
 */
@Component("liveEventSource")
public class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(WakingEventSource.class);
    /** How long the watcher waits on its stream before it looks whether it should still run. */
    private static final int WATCH_MILLIS = 500;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final EventStore eventStore;
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private final Object watcherLock = new Object();
    private Thread watcher;
    private volatile boolean stopped;

    WakingEventSource(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(eventStore.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    /** How many streams want to be told of new events (for tests and health). */
    int listening() {
        return callbacks.size();
    }

    private void listen(Runnable callback) {
        callbacks.add(callback);
        synchronized (watcherLock) {
            if (!stopped && (watcher == null || !watcher.isAlive())) {
                // the head is taken now, so an event stored after the callback was registered wakes it
                BlockingStream<TrackedEventMessage<?>> head = openHead();
                watcher = new Thread(() -> watch(head), "live-event-source-watcher");
                watcher.setDaemon(true);
                watcher.start();
            }
        }
    }

    /** A stream from the newest event on; null when the store cannot be reached just now. */
    private BlockingStream<TrackedEventMessage<?>> openHead() {
        try {
            return eventStore.openStream(eventStore.createHeadToken());
        } catch (RuntimeException e) {
            // the store unreachable, for one: the processors notice new events on their own meanwhile
            log.warn("Cannot watch the event store for new events; trying again in {}", RETRY_AFTER, e);
            return null;
        }
    }

    private void watch(BlockingStream<TrackedEventMessage<?>> opened) {
        BlockingStream<TrackedEventMessage<?>> head = opened;
        try {
            while (!stopped && !callbacks.isEmpty()) {
                if (head == null) {
                    LockSupport.parkNanos(RETRY_AFTER.toNanos());
                    head = openHead();
                    continue;
                }
                try {
                    if (head.hasNextAvailable(WATCH_MILLIS, TimeUnit.MILLISECONDS)) {
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                } catch (RuntimeException e) {
                    log.warn("Watching the event store for new events failed; trying again in {}", RETRY_AFTER, e);
                    head.close();
                    head = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (head != null) {
                head.close();
            }
        }
        synchronized (watcherLock) {
            if (watcher == Thread.currentThread()) {
                watcher = null;
            }
        }
        // a stream may have registered between the last look and leaving
        if (!stopped && !callbacks.isEmpty() && !Thread.currentThread().isInterrupted()) {
            listen(callbacks.iterator().next());
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        synchronized (watcherLock) {
            if (watcher != null) {
                watcher.interrupt();
            }
        }
    }

    /** A stream of the event store that accepts an availability callback. */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        private WakingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            listen(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}
