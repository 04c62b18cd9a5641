package pl.zmp.tracker.console.api;

/** What became of a command the console sent: stored (with its receipt), or refused. */
public sealed interface CommandOutcome {

    /** The receipt: the aggregate, its version after the command, and the global position to read the write at. */
    record Stored(String aggregateId, long version, long globalPosition) implements CommandOutcome {
    }

    record Refused(ApiProblem problem) implements CommandOutcome {
    }
}
