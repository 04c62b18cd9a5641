package pl.zmp.tracker.platform.eventlog;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.platform.testing.EventStoreOwnership;

import java.nio.file.Path;

/** In the platform, only the event log names Axon's event tables. */
class EventStoreOwnershipTest {

    @Test
    void onlyTheEventLogNamesTheEventTables() {
        EventStoreOwnership.assertOnlyTheEventLogNamesTheTables(Path.of("src/main/java"));
    }
}
