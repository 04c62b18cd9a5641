package pl.zmp.tracker.platform.eventstore;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashSet;
import java.util.Set;

/**
 * Aggregates that the current unit of work knows to have too few events for a snapshot: loading one
 * skips the query for its snapshot. A snapshot is only a shortcut, so skipping one that exists after all
 * (taken by hand) still loads the aggregate correctly, from all its events.
 */
public final class SnapshotsNotTaken {

    private static final String RESOURCE = SnapshotsNotTaken.class.getName();

    private SnapshotsNotTaken() {
    }

    /** Notes, for the current unit of work, that the aggregate has no snapshot worth reading. */
    public static void note(String aggregateId) {
        if (CurrentUnitOfWork.isStarted()) {
            Set<String> noted = CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new HashSet<>());
            noted.add(aggregateId);
        }
    }

    static boolean noted(String aggregateId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        Set<String> noted = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return noted != null && noted.contains(aggregateId);
    }
}
