package pl.zmp.tracker.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.platform.eventlog.EventLog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProjectionProgressTest {

    private final AtomicLong projects = new AtomicLong(-1);
    private final AtomicLong municipalities = new AtomicLong(-1);
    private final EventLog eventStore = mock(EventLog.class);
    private final StoredTokens storedTokens = mock(StoredTokens.class);
    private final ProjectionProgress progress = new ProjectionProgress(
            processing(Map.of("projects", processorAt(projects), "municipalities", processorAt(municipalities))),
            models("projects", "municipalities"), eventStore, storedTokens);

    @AfterEach
    void stop() {
        progress.stop();
    }

    @Test
    void theLowestPositionOverAllProcessorsIsWhatIsReached() {
        projects.set(7);
        municipalities.set(5);

        assertThat(progress.positions()).containsEntry("projects", 7L).containsEntry("municipalities", 5L);
        assertThat(progress.caughtUpTo()).isEqualTo(5);
    }

    @Test
    void readModelsFedByOneProcessorEachHaveItsPositionAndItsStoredTokensAreReadOncePerLook() {
        AtomicLong live = new AtomicLong(12);
        EventTrackerStatus half = mock(EventTrackerStatus.class);
        when(half.getSegment()).thenReturn(Segment.ROOT_SEGMENT.split()[0]);
        when(half.getCurrentPosition()).thenReturn(OptionalLong.of(live.get()));
        StreamingEventProcessor shared = mock(StreamingEventProcessor.class);
        when(shared.getName()).thenReturn("live-read-models");
        when(shared.processingStatus()).thenReturn(Map.of(0, half));
        when(storedTokens.positions("live-read-models")).thenReturn(Map.of(0, 12L, 1, 8L));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.of("live-read-models", shared));
        when(processing.eventProcessorByProcessingGroup("projects")).thenReturn(Optional.of(shared));
        when(processing.eventProcessorByProcessingGroup("municipalities")).thenReturn(Optional.of(shared));
        ProjectionProgress oneProcessor = new ProjectionProgress(processing, models("municipalities", "projects"),
                eventStore, storedTokens);
        try {
            assertThat(oneProcessor.positions()).containsExactly(Map.entry("municipalities", 8L), Map.entry("projects", 8L));
            verify(storedTokens, times(1)).positions("live-read-models");
            assertThat(oneProcessor.caughtUpTo()).isEqualTo(8);
        } finally {
            oneProcessor.stop();
        }
    }

    @Test
    void aReadModelWithoutAStreamingProcessorHasNoPosition() {
        EventProcessingConfiguration processing = processing(Map.of("projects", processorAt(projects)));
        ProjectionProgress partly = new ProjectionProgress(processing, models("projects", "unassigned"),
                eventStore, storedTokens);
        try {
            projects.set(4);
            assertThat(partly.positions()).containsOnlyKeys("projects").containsEntry("projects", 4L);
        } finally {
            partly.stop();
        }
    }

    @Test
    void segmentsThisInstanceDoesNotHoldCountWithTheirStoredTokens() {
        // this instance works on segment 0 of 2 (at 100); segment 1 is another instance's, stored at 40
        EventTrackerStatus half = mock(EventTrackerStatus.class);
        when(half.getSegment()).thenReturn(Segment.ROOT_SEGMENT.split()[0]);
        when(half.getCurrentPosition()).thenReturn(OptionalLong.of(100));
        StreamingEventProcessor shared = mock(StreamingEventProcessor.class);
        when(shared.processingStatus()).thenReturn(Map.of(0, half));
        when(storedTokens.positions("projects")).thenReturn(Map.of(0, 90L, 1, 40L));
        ProjectionProgress sharing = new ProjectionProgress(processing(Map.of("projects", shared)), models("projects"),
                eventStore, storedTokens);
        try {
            assertThat(sharing.positions()).containsEntry("projects", 40L);
            assertThat(sharing.hasReached(50)).isFalse();
            assertThat(sharing.hasReached(40)).isTrue();
        } finally {
            sharing.stop();
        }
    }

    @Test
    void aProcessorNotWorkingOnAnySegmentYetCountsWithItsStoredTokens() {
        StreamingEventProcessor starting = mock(StreamingEventProcessor.class);
        when(starting.processingStatus()).thenReturn(Map.of());
        when(storedTokens.positions("projects")).thenReturn(Map.of(0, 12L, 1, 9L));
        ProjectionProgress justStarted = new ProjectionProgress(processing(Map.of("projects", starting)), models("projects"),
                eventStore, storedTokens);
        try {
            assertThat(justStarted.caughtUpTo()).isEqualTo(9);
        } finally {
            justStarted.stop();
        }
    }

    @Test
    void aPositionAlreadyReachedIsAnsweredAtOnce() throws InterruptedException {
        projects.set(9);
        municipalities.set(9);

        assertThat(progress.awaitPosition(9, Duration.ZERO)).isTrue();
    }

    @Test
    void aReaderWaitsUntilTheLastProcessorHasReachedItsPosition() throws Exception {
        projects.set(10);
        municipalities.set(3);
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> await(10, Duration.ofSeconds(30)));

        assertThat(reader).isNotDone();
        // a processor skipping events advances without a commit: the checker notices it alone
        municipalities.set(10);

        assertThat(reader.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aReaderWhosePositionIsNotReachedInTimeIsToldSo() throws InterruptedException {
        projects.set(4);
        municipalities.set(4);

        assertThat(progress.awaitPosition(5, Duration.ofMillis(50))).isFalse();
    }

    @Test
    void aCommittedProjectionBatchWakesReadersAndTellsListenersThePositionReached() throws Exception {
        List<Long> told = new CopyOnWriteArrayList<>();
        progress.onAdvance(told::add);
        projects.set(20);
        municipalities.set(20);

        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        batch.executeWithResult(() -> progress.handle(batch, () -> null));

        assertThat(told).containsExactly(20L);
        assertThat(progress.awaitPosition(20, Duration.ZERO)).isTrue();
    }

    @Test
    void aWaitIsACallbackCompletedWhenThePositionIsReachedNotABlockedThread() throws Exception {
        projects.set(3);
        municipalities.set(3);

        CompletableFuture<Boolean> reached = progress.whenReached(6, Duration.ofSeconds(30));
        assertThat(reached).isNotDone();
        assertThat(progress.waiting()).isEqualTo(1);

        projects.set(6);
        municipalities.set(6);
        assertThat(reached.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void aWaitNotReachedInTimeCompletesWithFalseAndIsForgotten() throws Exception {
        CompletableFuture<Boolean> reached = progress.whenReached(6, Duration.ofMillis(50));

        assertThat(reached.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void shutdownEndsOpenWaitsAsNotReachedAndRefusesNewOnes() throws Exception {
        CompletableFuture<Boolean> reached = progress.whenReached(6, Duration.ofSeconds(30));

        progress.release();

        assertThat(reached.get(1, TimeUnit.SECONDS)).isFalse();
        assertThat(progress.whenReached(7, Duration.ofSeconds(30))).isCompletedWithValue(false);
    }

    @Test
    void aPositionBeyondTheNewestStoredEventIsNotStoredAndTheHeadIsLookedUpOnlyForSuch() {
        when(eventStore.head()).thenReturn(5L, 8L);

        assertThat(progress.isStored(5)).isTrue();
        assertThat(progress.isStored(3)).isTrue();
        verify(eventStore, times(1)).head();

        // newer events were stored meanwhile: a position beyond the head seen looks again
        assertThat(progress.isStored(8)).isTrue();
        assertThat(progress.isStored(9)).isFalse();
        verify(eventStore, times(3)).head();
    }

    private boolean await(long position, Duration maxWait) {
        try {
            return progress.awaitPosition(position, maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Processors by name, each feeding the read model of the same name. */
    private static EventProcessingConfiguration processing(Map<String, ? extends EventProcessor> processors) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.copyOf(processors));
        processors.forEach((name, processor) -> {
            when(processor.getName()).thenReturn(name);
            when(processing.eventProcessorByProcessingGroup(name)).thenReturn(Optional.of(processor));
        });
        return processing;
    }

    private static LiveReadModels models(String... names) {
        return new LiveReadModels(List.of(names));
    }

    /** A processor of one segment whose position is whatever {@code position} holds when asked. */
    private static StreamingEventProcessor processorAt(AtomicLong position) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.processingStatus()).thenAnswer(invocation -> {
            EventTrackerStatus status = mock(EventTrackerStatus.class);
            long at = position.get();
            when(status.getCurrentPosition()).thenReturn(at < 0 ? OptionalLong.empty() : OptionalLong.of(at));
            when(status.getSegment()).thenReturn(Segment.ROOT_SEGMENT);
            return Map.of(0, status);
        });
        return processor;
    }
}
