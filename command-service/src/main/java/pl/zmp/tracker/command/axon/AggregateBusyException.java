package pl.zmp.tracker.command.axon;

import java.time.Duration;

/** A command waited too long for its aggregate's turn; it was never sent, so nothing of it is stored. */
public class AggregateBusyException extends RuntimeException {

    AggregateBusyException(String aggregateId, Duration waited) {
        super("aggregate " + aggregateId + " is busy with other commands; waited " + waited.toSeconds()
                + " s; nothing was stored; retry later");
    }
}
