package pl.zmp.tracker.platform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ownership rule catches a table name anywhere outside the event log's package, and only there. */
class EventStoreOwnershipRuleTest {

    @Test
    void findsTheTablesNamedOutsideTheEventLogOnly(@TempDir Path root) throws IOException {
        write(root.resolve("pl/zmp/tracker/platform/eventlog/EventLog.java"), "\"domain_event_entry\"");
        write(root.resolve("pl/zmp/tracker/command/Sneaky.java"), "select 1 from snapshot_event_entry");
        write(root.resolve("pl/zmp/tracker/command/Clean.java"), "class Clean {}");

        assertThat(EventStoreOwnership.filesNamingTheTables(root))
                .containsExactly(Path.of("pl/zmp/tracker/command/Sneaky.java"));
        assertThatThrownBy(() -> EventStoreOwnership.assertOnlyTheEventLogNamesTheTables(root))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Sneaky.java");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
