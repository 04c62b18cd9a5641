package pl.zmp.tracker.command.axon;

/**
 * The connection broke while the command's transaction was committing, and the store could not be
 * reached since to learn whether it did: the command may or may not be stored. A retry with the same
 * Idempotency-Key answers the stored outcome if it was, and stores it once if it was not.
 */
public class OutcomeUnknownException extends RuntimeException {

    private final String aggregateId;
    private final String eventIdentifier;

    OutcomeUnknownException(String aggregateId, String eventIdentifier, Throwable cause) {
        super("the connection to the event store broke while the command was committing; it may or may not be"
                + " stored; retry with the same Idempotency-Key to learn its outcome, or look for event "
                + eventIdentifier + " of aggregate " + aggregateId, cause);
        this.aggregateId = aggregateId;
        this.eventIdentifier = eventIdentifier;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String eventIdentifier() {
        return eventIdentifier;
    }
}
