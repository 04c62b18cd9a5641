package pl.zmp.tracker.allinone;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import pl.zmp.tracker.command.CommandServiceApplication;
import pl.zmp.tracker.console.ConsoleApplication;
import pl.zmp.tracker.platform.eventstore.TrackerEventStore;
import pl.zmp.tracker.query.QueryServiceApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Both services and the console in one process on embedded stores: an H2 file database as the event store and
 * an in-process MongoDB wire-protocol server (H2 backend) for the read models, both kept under
 * the data folder, so a restart keeps everything. The console is a client of the two services' HTTP APIs,
 * as it is when it runs on its own.
 */
public final class AllInOne implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AllInOne.class);

    private final MongoServer mongoServer;
    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;
    private final ConfigurableApplicationContext console;

    private AllInOne(MongoServer mongoServer, ConfigurableApplicationContext commandService,
                     ConfigurableApplicationContext queryService, ConfigurableApplicationContext console) {
        this.mongoServer = mongoServer;
        this.commandService = commandService;
        this.queryService = queryService;
        this.console = console;
    }

    /** Starts everything; {@code args} are Spring Boot arguments passed to both services and the console. */
    public static AllInOne start(String... args) {
        AllInOneSettings settings = settings(args);
        Path dataDir = createDataDir(settings.dataDir());
        MongoServer mongoServer = new MongoServer(new H2Backend(dataDir.resolve("read-models.mv").toString()));
        ConfigurableApplicationContext commandService = null;
        ConfigurableApplicationContext queryService = null;
        try {
            mongoServer.bind("127.0.0.1", settings.mongoPort());
            InetSocketAddress mongoAddress = mongoServer.getLocalAddress();
            String eventStoreUrl = "jdbc:h2:file:" + dataDir.resolve("events").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
            List<String> eventStore = List.of(
                    "--spring.datasource.url=" + eventStoreUrl,
                    "--spring.datasource.username=sa",
                    "--spring.datasource.password=",
                    // one JVM-wide log name would mislabel one of the two services
                    "--logging.include-application-name=false");
            commandService = CommandServiceApplication.builder()
                    .registerShutdownHook(false)
                    .run(arguments(args, eventStore, "--server.port=" + settings.commandPort(),
                            "--tracker.seed.load-on-start=" + settings.loadSeed(),
                            // a created aggregate's Location points where it is read: the query service (with any
                            // free port, 0, that port is not known yet and the default stays)
                            settings.queryPort() == 0 ? "--tracker.read-url=http://localhost:8082"
                                    : "--tracker.read-url=http://localhost:" + settings.queryPort()));
            queryService = QueryServiceApplication.builder()
                    .registerShutdownHook(false)
                    .run(arguments(args, eventStore, "--server.port=" + settings.queryPort(),
                            "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoAddress.getPort() + "/tracker"));
            // the query service's event store reads what the command service commits at once, not at its next poll
            commandService.getBean(TrackerEventStore.class)
                    .afterEachCommit(queryService.getBean(TrackerEventStore.class)::readNewEventsSoon);
            String queryUrl = "http://localhost:" + port(queryService);
            ConfigurableApplicationContext console = ConsoleApplication.builder()
                    .registerShutdownHook(false)
                    .run(arguments(args, List.of("--logging.include-application-name=false"),
                            "--server.port=" + settings.consolePort(),
                            "--tracker.console.command-url=http://localhost:" + port(commandService),
                            "--tracker.console.query-url=" + queryUrl,
                            "--tracker.console.dashboard-url=" + queryUrl + "/"));
            AllInOne allInOne = new AllInOne(mongoServer, commandService, queryService, console);
            log.info("ZMP project tracker is up: console on http://localhost:{}, commands on http://localhost:{}, "
                            + "queries on http://localhost:{}, data in {}",
                    allInOne.consolePort(), allInOne.commandPort(), allInOne.queryPort(), dataDir.toAbsolutePath());
            return allInOne;
        } catch (RuntimeException e) {
            if (queryService != null) {
                queryService.close();
            }
            if (commandService != null) {
                commandService.close();
            }
            mongoServer.shutdownNow();
            throw e;
        }
    }

    public int commandPort() {
        return port(commandService);
    }

    public int queryPort() {
        return port(queryService);
    }

    public int consolePort() {
        return port(console);
    }

    public ConfigurableApplicationContext commandService() {
        return commandService;
    }

    public ConfigurableApplicationContext queryService() {
        return queryService;
    }

    /** Stops the console, then the read side, so it leaves its tokens behind the events it has projected. */
    @Override
    public void close() {
        console.close();
        queryService.close();
        commandService.close();
        mongoServer.shutdownNow();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static AllInOneSettings settings(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()))
                .bindOrCreate("tracker", AllInOneSettings.class);
    }

    private static String[] arguments(String[] args, List<String> shared, String... own) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(shared);
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    private static Path createDataDir(Path dataDir) {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
    }
}
