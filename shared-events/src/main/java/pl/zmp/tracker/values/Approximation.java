package pl.zmp.tracker.values;

/** How a stated figure relates to the true one: the source's own qualifier, kept with the number. */
public enum Approximation {
    /** as stated */
    EXACT,
    /** "ok.", about */
    ABOUT,
    /** "prawie", almost: the true figure is a little below */
    ALMOST,
    /** "ponad", above: the true figure is higher */
    ABOVE
}
