package pl.zmp.tracker.values;

/** The lifecycle of a project, after the IATI activity-status list. */
public enum ProjectStatus {
    PIPELINE,
    IMPLEMENTATION,
    FINALISATION,
    CLOSED,
    CANCELLED,
    SUSPENDED
}
