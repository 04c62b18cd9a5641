package pl.zmp.tracker.values;

import java.util.UUID;

/** Validation shared by the typed identifiers. */
final class Ids {

    private Ids() {
    }

    static String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** Returns the canonical lower-case form of a UUID string, or throws if it is not one. */
    static String requireUuid(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        try {
            UUID uuid = UUID.fromString(value);
            String canonical = uuid.toString();
            if (!canonical.equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(what + " is not a UUID: " + value);
            }
            return canonical;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not a UUID: " + value, e);
        }
    }
}
