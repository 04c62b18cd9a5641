package pl.zmp.tracker.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;

import java.sql.Connection;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Benchmark 3: the event store is filled with raw JDBC batches up to a size, then a read model is
 * rebuilt through {@code POST /api/admin/rebuilds/{model}} and timed until it is SERVING again.
 */
final class RebuildBench {

    static final int EVENTS_PER_PROJECT = 100;

    /** @param finished false when the cap was reached first; the rate is then position reached / time */
    record Result(long events, double seconds, double eventsPerSecond, boolean finished) {
    }

    private RebuildBench() {
    }

    /**
     * The live projections are stopped while the store is filled (they would otherwise replay the
     * inserted rows at the same time as the rebuild); the rebuild's swap restarts their processor (one
     * for all read models), so they are stopped again after every run.
     */
    static void stopLiveProjections(Tracker tracker) {
        tracker.queryService().getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::shutDown);
    }

    /** Tops the store up to {@code size} events; answers the rows written per second. */
    static double fill(Tracker tracker, EventRows rows, long size) throws Exception {
        try (Connection connection = tracker.store().connect()) {
            long missing = size - EventRows.count(connection);
            if (missing <= 0) {
                return Double.NaN;
            }
            long start = System.nanoTime();
            long written = rows.insertProjects(connection, "domain_event_entry",
                    EventRows.newIds((missing + EVENTS_PER_PROJECT - 1) / EVENTS_PER_PROJECT), EVENTS_PER_PROJECT);
            return written / Floor.seconds(start);
        }
    }

    static Result run(Tracker tracker, Http http, String model, int capSeconds) throws Exception {
        long events;
        try (Connection connection = tracker.store().connect()) {
            events = EventRows.count(connection);
        }
        String url = tracker.queryUrl() + "/api/admin/rebuilds/" + model;
        long start = System.nanoTime();
        Http.Answer started = http.post(url, "");
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild refused: " + started.status() + " " + started.body());
        }
        // the record kept in MongoDB has the start to the millisecond
        long startedAt = Instant.parse(started.json().get("startedAt").asText()).toEpochMilli();
        long deadline = start + capSeconds * 1_000_000_000L;
        JsonNode progress = started.json();
        while (System.nanoTime() < deadline) {
            progress = http.get(url).json();
            if ("SERVING".equals(progress.get("state").asText())
                    && startedAt == Instant.parse(progress.get("startedAt").asText()).toEpochMilli()) {
                double seconds = Floor.seconds(start);
                return new Result(events, seconds, events / seconds, true);
            }
            LockSupport.parkNanos(100_000_000L);
        }
        double seconds = Floor.seconds(start);
        long position = progress.get("position").asLong();
        return new Result(position, seconds, position / seconds, false);
    }
}
