package pl.zmp.tracker.query.projection;

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
import static org.awaitility.Awaitility.await;

/**
 * The live processor's streams accept an availability callback (without one Axon's pooled processor
 * looks again only every 500 ms) and call it once new events are in the store, for as long as the
 * stream is open.
 */
class WakingEventSourceTest {

    /** A fetch delay far longer than the waits below: a wake-up can only come from the store's own signal. */
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .fetchDelay(60_000)
            .build();
    private final WakingEventSource source = new WakingEventSource(eventStore);

    @AfterEach
    void stop() {
        source.stop();
        eventStore.shutDown();
    }

    @Test
    void aStreamTakesTheCallbackAndIsWokenByTheNextEvent() throws InterruptedException {
        append("a", 0);
        AtomicInteger woken = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken())) {
            assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("a0");
            assertThat(stream.hasNextAvailable()).isFalse();
            await().atMost(Duration.ofSeconds(5)).until(() -> source.listening() == 1);

            append("b", 0);

            await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() >= 1);
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("b0");
        }
    }

    @Test
    void everyOpenStreamIsWokenAndAClosedOneNoLonger() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> closing = source.openStream(source.createHeadToken());
        try (BlockingStream<TrackedEventMessage<?>> staying = source.openStream(source.createHeadToken())) {
            closing.setOnAvailableCallback(first::incrementAndGet);
            staying.setOnAvailableCallback(second::incrementAndGet);
            append("c", 0);
            await().atMost(Duration.ofSeconds(5)).until(() -> first.get() >= 1 && second.get() >= 1);

            closing.close();
            assertThat(source.listening()).isEqualTo(1);
            int firstBefore = first.get();
            append("c", 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> second.get() >= 2);
            assertThat(first.get()).isEqualTo(firstBefore);
        }
    }

    @Test
    void aStreamThatReplacesItsCallbackWakesOnlyTheNewOne() {
        AtomicInteger replaced = new AtomicInteger();
        AtomicInteger current = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
            stream.setOnAvailableCallback(replaced::incrementAndGet);
            stream.setOnAvailableCallback(current::incrementAndGet);
            assertThat(source.listening()).isEqualTo(1);

            append("d", 0);

            await().atMost(Duration.ofSeconds(5)).until(() -> current.get() >= 1);
            assertThat(replaced.get()).isZero();
        }
    }

    @Test
    void theWatcherStartsAgainForAStreamOpenedAfterTheLastOneClosed() {
        BlockingStream<TrackedEventMessage<?>> earlier = source.openStream(source.createHeadToken());
        earlier.setOnAvailableCallback(() -> { });
        earlier.close();
        assertThat(source.listening()).isZero();

        AtomicInteger woken = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> later = source.openStream(source.createHeadToken())) {
            later.setOnAvailableCallback(woken::incrementAndGet);
            append("e", 0);
            await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() >= 1);
        }
    }

    @Test
    void tokensAreTheEventStores() {
        append("f", 0);
        assertThat(source.createHeadToken()).isEqualTo(eventStore.createHeadToken());
        assertThat(source.createTailToken()).isEqualTo(eventStore.createTailToken());
        assertThat(source.createTokenSince(Duration.ofHours(1))).isEqualTo(eventStore.createTokenSince(Duration.ofHours(1)));
    }

    private void append(String aggregate, long sequence) {
        eventStore.publish(new GenericDomainEventMessage<>("Test", aggregate, sequence, aggregate + sequence));
    }
}
