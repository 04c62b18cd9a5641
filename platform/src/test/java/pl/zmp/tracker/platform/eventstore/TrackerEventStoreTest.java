package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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
            .fetchDelay(60_000), Duration.ZERO);

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
            eventStore.readNewEventsSoon();

            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("b0");
        }
    }

    @Test
    void beingToldWhenNothingIsNewReadsNothing() throws InterruptedException {
        eventStore.publish(event("c", 0));
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("c0");

            eventStore.readNewEventsSoon();
            eventStore.readNewEventsSoon();

            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
            eventStore.publish(event("c", 1));
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("c1");
        }
    }

    @Test
    void appendsToldInQuickSuccessionAreReadTogetherOnceTheGatheringIntervalIsOver() throws InterruptedException {
        TrackerEventStore gathering = new TrackerEventStore(EmbeddedEventStore.builder()
                .storageEngine(storage)
                .fetchDelay(60_000), Duration.ofSeconds(5));
        try (BlockingStream<TrackedEventMessage<?>> stream = gathering.openStream(null)) {
            storage.appendEvents(event("g", 0));
            gathering.readNewEventsSoon();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).as("the first append is read at once").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("g0");
            // having found g0 the reader looks once more at once, finds nothing and waits out its fetch delay
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();

            storage.appendEvents(event("g", 1));
            gathering.readNewEventsSoon();
            storage.appendEvents(event("g", 2));
            gathering.readNewEventsSoon();
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).as("read at the end of the interval").isFalse();

            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).as("and then both, none left to the fetch delay").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("g1");
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("g2");
        } finally {
            gathering.shutDown();
        }
    }

    @Test
    void actionsRunAfterEachCommitOfThisStoreOnly() {
        AtomicInteger commits = new AtomicInteger();
        eventStore.afterEachCommit(commits::incrementAndGet);

        eventStore.publish(event("e", 0), event("e", 1));
        eventStore.readNewEventsSoon();
        storage.appendEvents(event("f", 0));

        assertThat(commits).hasValue(1);
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, aggregate + sequence);
    }
}
