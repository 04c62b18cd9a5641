package pl.zmp.tracker.benchmarks;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import pl.zmp.tracker.command.CommandServiceApplication;
import pl.zmp.tracker.query.QueryServiceApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Both services in this JVM, started the way {@code AllInOne.start} starts them (embedded MongoDB
 * wire-protocol server with the H2 backend for the read models), but with the event store either
 * on PostgreSQL, in a fresh schema dropped on close, or on an H2 file in a temporary folder.
 * AllInOne itself always appends its own H2 datasource URL, so it cannot be pointed at PostgreSQL.
 * Unlike AllInOne, the command service's commits do not wake the query service's event store in-process: it
 * learns of new events as a query service of its own does, from PostgreSQL's notifications or by its poll.
 */
final class Tracker implements AutoCloseable {

    private final Store store;
    private final Path dataDir;
    private final MongoServer mongoServer;
    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;

    private Tracker(Store store, Path dataDir, MongoServer mongoServer, ConfigurableApplicationContext commandService,
                    ConfigurableApplicationContext queryService) {
        this.store = store;
        this.dataDir = dataDir;
        this.mongoServer = mongoServer;
        this.commandService = commandService;
        this.queryService = queryService;
    }

    /** Where the events go: a JDBC URL, its credentials and, on PostgreSQL, the schema of this run. */
    record Store(String kind, String url, String user, String password, String schema) {

        static Store of(String kind, Path dataDir, String postgresUrl) {
            if (kind.equals("h2")) {
                return new Store(kind, "jdbc:h2:file:" + dataDir.resolve("events").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                        "sa", "", null);
            }
            if (kind.equals("postgres")) {
                String schema = "bench_" + System.currentTimeMillis();
                return new Store(kind, postgresUrl + "?currentSchema=" + schema, "postgres", "", schema);
            }
            throw new IllegalArgumentException("--store must be postgres or h2, not " + kind);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    static Tracker start(String storeKind, String postgresUrl, String... extra) {
        return start(storeKind, postgresUrl, true, extra);
    }

    /**
     * Without the read side only the command service runs (as when the services are deployed apart):
     * what the write side does on its own, with no projection competing for the same cores.
     */
    static Tracker start(String storeKind, String postgresUrl, boolean readSide, String... extra) {
        Path dataDir = tempDir();
        Store store = Store.of(storeKind, dataDir, postgresUrl);
        MongoServer mongoServer = new MongoServer(new H2Backend(dataDir.resolve("read-models.mv").toString()));
        ConfigurableApplicationContext commandService = null;
        try {
            mongoServer.bind("127.0.0.1", 0);
            List<String> shared = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + store.url(),
                    "--spring.datasource.username=" + store.user(),
                    "--spring.datasource.password=" + store.password(),
                    "--logging.include-application-name=false",
                    "--logging.level.root=WARN",
                    "--server.port=0"));
            if (store.schema() != null) {
                shared.add("--spring.flyway.schemas=" + store.schema());
            }
            shared.addAll(List.of(extra));
            commandService = CommandServiceApplication.builder().registerShutdownHook(false)
                    .run(with(shared, "--tracker.seed.load-on-start=false"));
            ConfigurableApplicationContext queryService = !readSide ? null
                    : QueryServiceApplication.builder().registerShutdownHook(false)
                    .run(with(shared, "--spring.data.mongodb.uri=mongodb://127.0.0.1:"
                            + mongoServer.getLocalAddress().getPort() + "/tracker"));
            return new Tracker(store, dataDir, mongoServer, commandService, queryService);
        } catch (RuntimeException e) {
            if (commandService != null) {
                commandService.close();
            }
            mongoServer.shutdownNow();
            throw e;
        }
    }

    Store store() {
        return store;
    }

    ConfigurableApplicationContext commandService() {
        return commandService;
    }

    ConfigurableApplicationContext queryService() {
        return queryService;
    }

    String commandUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) commandService).getWebServer().getPort();
    }

    String queryUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) queryService).getWebServer().getPort();
    }

    /** Stops both services, then drops the run's PostgreSQL schema or deletes the H2 folder. */
    @Override
    public void close() {
        if (queryService != null) {
            queryService.close();
        }
        commandService.close();
        mongoServer.shutdownNow();
        if (store.schema() != null) {
            try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + store.schema() + " cascade");
            } catch (SQLException e) {
                System.err.println("could not drop schema " + store.schema() + ": " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }

    private static String[] with(List<String> shared, String... own) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tracker-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
