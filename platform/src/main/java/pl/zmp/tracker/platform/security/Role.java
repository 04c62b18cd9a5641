package pl.zmp.tracker.platform.security;

/**
 * What a user may do; a user may hold several. Coordinators and auditors also read what viewers read:
 * a coordinator acts on what the query API shows, an auditor compares history with it.
 */
public enum Role {
    /** Sends commands (every POST under /api on command-service, except administration); reads as a viewer. */
    COORDINATOR,
    /** Reads the audit trail (/api/audit on both services); reads as a viewer. */
    AUDITOR,
    /** Reads the query API, the dashboard page and its live stream. */
    VIEWER,
    /** Administration (/api/admin, e.g. loading the seed). */
    ADMIN;

    /** Whether holding this role grants {@code other} too. */
    public boolean grants(Role other) {
        return this == other || (other == VIEWER && (this == COORDINATOR || this == AUDITOR));
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
