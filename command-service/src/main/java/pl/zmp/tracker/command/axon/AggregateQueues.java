package pl.zmp.tracker.command.axon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commands on one aggregate run one at a time in this instance, in the order they arrived (a fair
 * lock per stripe of aggregate ids), instead of racing each other for database connections and
 * then for the aggregate's next sequence number. A burst on one aggregate thus holds at most one
 * pooled connection, and the other aggregates' commands go on beside it. A command that waits
 * longer than {@code tracker.commands.queue-timeout} (default 20 s) is refused before anything of
 * it was sent, so nothing of it is stored.
 */
@Component
class AggregateQueues {

    /** A power of two, so that a stripe is picked with a mask; collisions only serialise a little more. */
    private static final int STRIPES = 4096;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Duration queueTimeout;

    AggregateQueues(@Value("${tracker.commands.queue-timeout:20s}") Duration queueTimeout) {
        this.queueTimeout = queueTimeout;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** Waits for the aggregate's turn; the returned turn is closed when the command has its outcome. */
    Turn await(String aggregateId) {
        if (aggregateId == null) {
            return () -> { };
        }
        ReentrantLock lock = stripes[spread(aggregateId.hashCode()) & (STRIPES - 1)];
        try {
            if (!lock.tryLock(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AggregateBusyException(aggregateId, queueTimeout);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AggregateBusyException(aggregateId, queueTimeout);
        }
        return lock::unlock;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The aggregate's turn in this instance; closing it lets the next command in. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
