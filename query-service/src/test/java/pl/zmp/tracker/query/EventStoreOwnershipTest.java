package pl.zmp.tracker.query;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.platform.testing.EventStoreOwnership;

import java.nio.file.Path;

/** The query service reads the event store only through the platform's EventLog: no SQL of its own on the tables. */
class EventStoreOwnershipTest {

    @Test
    void noMainSourceNamesTheEventTables() {
        EventStoreOwnership.assertOnlyTheEventLogNamesTheTables(Path.of("src/main/java"));
    }
}
