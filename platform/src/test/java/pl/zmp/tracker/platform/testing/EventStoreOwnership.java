package pl.zmp.tracker.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that the platform's event log ({@code pl.zmp.tracker.platform.eventlog}) is the one owner of Axon's
 * event tables: no other main source file names them, so no other code reads them with SQL of its own.
 * Each module's test runs it on its own sources.
 */
public final class EventStoreOwnership {

    static final List<String> TABLES = List.of("domain_event_entry", "snapshot_event_entry");
    static final Path OWNER = Path.of("pl", "zmp", "tracker", "platform", "eventlog");

    private EventStoreOwnership() {
    }

    /** Fails naming every Java file under {@code sourceRoot}, outside the event log's package, that names a table. */
    public static void assertOnlyTheEventLogNamesTheTables(Path sourceRoot) {
        assertThat(sourceRoot).isDirectory();
        assertThat(filesNamingTheTables(sourceRoot))
                .as("main sources outside %s that name %s: read the event store through EventLog", OWNER, TABLES)
                .isEmpty();
    }

    static List<Path> filesNamingTheTables(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !sourceRoot.relativize(file).startsWith(OWNER))
                    .filter(EventStoreOwnership::namesATable)
                    .map(sourceRoot::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namesATable(Path file) {
        try {
            String text = Files.readString(file);
            return TABLES.stream().anyMatch(text::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
