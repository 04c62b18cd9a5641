package pl.zmp.tracker.command.axon;

/**
 * What a command left behind: the aggregate it touched, that aggregate's version after it, and
 * the global position of its last event (a client passes it to the query side to read its write).
 */
public record CommandReceipt(String aggregateId, long version, long globalPosition) {
}
