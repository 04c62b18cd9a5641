package pl.zmp.tracker.command.audit;

/**
 * The outcome of recomputing the chains.
 *
 * @param verified        true when every checked link holds
 * @param eventsChecked   stored events read
 * @param firstBrokenLink the broken link with the lowest global position, null when verified
 */
public record Verification(boolean verified, long eventsChecked, BrokenLink firstBrokenLink) {

    /**
     * @param globalPosition the global index of the event (or of the seal row) where the chain breaks
     * @param aggregateId    the aggregate of that event, when known
     * @param sequence       the event's sequence number in its aggregate, when known
     * @param reason         what does not hold
     */
    public record BrokenLink(long globalPosition, String aggregateId, Long sequence, String reason) {
    }
}
