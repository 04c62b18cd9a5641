package pl.zmp.tracker.command.seed;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The stable id a seed reference such as {@code @project/ppp} stands for: the same on every machine and every load. */
public final class SeedIds {

    static final String PREFIX = "@";

    private SeedIds() {
    }

    public static String of(String reference) {
        if (!reference.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a seed reference starts with @: " + reference);
        }
        return UUID.nameUUIDFromBytes(("zmp-tracker-seed:" + reference).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
