package pl.zmp.tracker.platform.security;

/** What a user may do; a user may hold several. */
public enum Role {
    /** Sends commands (every POST under /api on command-service, except administration). */
    COORDINATOR,
    /** Reads the audit trail (/api/audit on both services). */
    AUDITOR,
    /** Reads the query API, the dashboard page and its live stream. */
    VIEWER,
    /** Administration (/api/admin, e.g. loading the seed). */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
