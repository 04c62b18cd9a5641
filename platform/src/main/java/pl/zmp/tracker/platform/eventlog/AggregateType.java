package pl.zmp.tracker.platform.eventlog;

/** The aggregates of the tracker, as Axon stores their type (the class's simple name) in column {@code type}. */
public enum AggregateType {
    PROJECT("Project"),
    MUNICIPALITY("Municipality"),
    ORGANISATION("Organisation"),
    RECRUITMENT("Recruitment"),
    EXHIBITION("Exhibition");

    private final String storedName;

    AggregateType(String storedName) {
        this.storedName = storedName;
    }

    /** The name in column {@code type}. */
    public String storedName() {
        return storedName;
    }
}
