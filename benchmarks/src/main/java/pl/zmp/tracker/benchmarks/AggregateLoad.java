package pl.zmp.tracker.benchmarks;

import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.ConfigurableApplicationContext;
import pl.zmp.tracker.command.axon.AggregateClasses;
import pl.zmp.tracker.platform.eventlog.AggregateType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Benchmark 4: loading one Project aggregate through the command side's own repository (what
 * every command on it does first), and reading its events through the event store.
 */
final class AggregateLoad {

    private final Repository<?> repository;
    /** The Project aggregate's class, which its feature keeps to itself. */
    private final Class<?> projectClass;
    private final EventStore eventStore;
    private final Snapshotter snapshotter;

    AggregateLoad(ConfigurableApplicationContext commandService) {
        Map<String, Repository> repositories = commandService.getBeansOfType(Repository.class);
        Repository<?> found = repositories.get("projectRepository");
        if (found == null) {
            throw new IllegalStateException("no projectRepository among " + repositories.keySet());
        }
        this.repository = found;
        this.projectClass = commandService.getBean(AggregateClasses.class).of(AggregateType.PROJECT);
        this.eventStore = commandService.getBean(EventStore.class);
        this.snapshotter = commandService.getBean(Snapshotter.class);
    }

    /** The median of {@code times} loads, in ms, after {@code warmUp} loads; checks the version reached. */
    double load(String project, long expectedVersion, int warmUp, int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + times; i++) {
            long start = System.nanoTime();
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                Aggregate<?> aggregate = repository.load(project);
                if (aggregate.version() == null || aggregate.version() != expectedVersion) {
                    throw new IllegalStateException("loaded version " + aggregate.version() + ", not " + expectedVersion);
                }
            } finally {
                unitOfWork.rollback();
            }
            if (i >= warmUp) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return Stats.median(millis);
    }

    /** EventStore.readEvents: rows read and deserialized, without applying them to an aggregate. */
    double readEvents(String project, int warmUp, int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + times; i++) {
            long start = System.nanoTime();
            DomainEventStream stream = eventStore.readEvents(project);
            while (stream.hasNext()) {
                stream.next().getPayload();
            }
            if (i >= warmUp) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return Stats.median(millis);
    }

    /**
     * Takes a snapshot of the project with the command side's own snapshotter (what its snapshot
     * trigger does after every 100 events) and waits for the row; answers the snapshot's sequence.
     */
    long snapshot(Tracker tracker, String project) throws Exception {
        snapshotter.scheduleSnapshot(projectClass, project);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            long sequence = snapshotSequence(tracker, project);
            if (sequence >= 0) {
                return sequence;
            }
            LockSupport.parkNanos(10_000_000L);
        }
        throw new IllegalStateException("no snapshot of " + project + " was stored within a minute");
    }

    /** The sequence number of the project's latest snapshot, -1 without one. */
    static long snapshotSequence(Tracker tracker, String project) throws Exception {
        try (Connection connection = tracker.store().connect();
             PreparedStatement select = connection.prepareStatement(
                     "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?")) {
            select.setString(1, project);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long sequence = rows.getLong(1);
                return rows.wasNull() ? -1 : sequence;
            }
        }
    }
}
