package pl.zmp.tracker.values;

/** Which figure of a project's financing an amount states. */
public enum FinancingItem {
    TOTAL_VALUE,
    GRANT,
    EU_FUNDS,
    OWN_CONTRIBUTION,
    CONSORTIUM_SHARE,
    ZMP_SHARE,
    /** a budget each participant has a year (URBACT: each city's budget) */
    PER_PARTICIPANT_ANNUAL_BUDGET
}
