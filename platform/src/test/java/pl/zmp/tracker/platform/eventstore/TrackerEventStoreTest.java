package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event appended behind the event store's back, as another process appends, reaches the streams at the head
 * of the store as soon as the store is told to read, not at the end of its fetch delay; what should follow each
 * commit through the store runs after it.
 */
class TrackerEventStoreTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    /** A fetch delay far longer than the waits below: only being told makes the reader look. */
    private final TrackerEventStore eventStore = new TrackerEventStore(EmbeddedEventStore.builder()
            .storageEngine(storage)
            .fetchDelay(60_000));

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void anEventAnotherWriterAppendedIsReadWhenTheStoreIsTold() throws InterruptedException {
        eventStore.publish(event("a", 0));
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("a0");
            // at the head now: the stream waits on the store's reader, which waits out its fetch delay
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();

            storage.appendEvents(event("b", 0));
            eventStore.readNewEventsNow();

            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("b0");
        }
    }

    @Test
    void beingToldWhenNothingIsNewReadsNothing() throws InterruptedException {
        eventStore.publish(event("c", 0));
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("c0");

            eventStore.readNewEventsNow();
            eventStore.readNewEventsNow();

            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
            eventStore.publish(event("c", 1));
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("c1");
        }
    }

    @Test
    void actionsRunAfterEachCommitOfThisStoreOnly() {
        AtomicInteger commits = new AtomicInteger();
        eventStore.afterEachCommit(commits::incrementAndGet);

        eventStore.publish(event("e", 0), event("e", 1));
        eventStore.readNewEventsNow();
        storage.appendEvents(event("f", 0));

        assertThat(commits).hasValue(1);
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, aggregate + sequence);
    }
}
