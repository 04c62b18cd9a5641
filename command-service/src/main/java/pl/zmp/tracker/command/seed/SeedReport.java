package pl.zmp.tracker.command.seed;

/** What loading a seed did: how many commands it holds and how many new events they wrote (0 on a reload). */
public record SeedReport(String location, int version, int commands, long eventsAppended) {
}
