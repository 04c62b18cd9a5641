package pl.zmp.tracker.query.rebuild;

import java.time.Instant;

/**
 * Where a rebuild of one read model stands: the position its new projection has reached against
 * the head of the event store, its speed and the time left at that speed.
 */
public record RebuildProgress(
        String model,
        String state,
        String targetCollection,
        String servingCollection,
        long position,
        long head,
        double percent,
        double eventsPerSecond,
        Long secondsLeft,
        Instant startedAt,
        Instant finishedAt) {
}
