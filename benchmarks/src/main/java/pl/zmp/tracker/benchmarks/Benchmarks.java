package pl.zmp.tracker.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one suite of benchmarks against both services started in this JVM, prints the figures
 * (lines starting with RESULT, SUMMARY and FLOOR) and exits. See docs/benchmarks.md.
 * <pre>
 * suites:  commands  command throughput/latency at 1, 8, 32 clients, then projection lag
 *          lag       projection lag alone, on a system with no earlier load
 *          rebuild   rebuild throughput with 100 000 and 1 000 000 events in the store
 *          load      loading an aggregate of 10 000 events, without and with a snapshot
 * options: --store=postgres|h2 (postgres) --runs=3 --postgres-url=jdbc:postgresql://127.0.0.1:5432/test
 *          --clients=1,8,32 --projects=512 --warm-up=5 --seconds=10 --rate=500 --sample-every=10 --lag-seconds=15
 *          --sizes=100000,1000000 --cap=170 --read-side=on|off (commands: off runs the command service alone)
 *          --notifications=on|off (lag: off, the query service polls for new events instead of listening)
 * </pre>
 */
public final class Benchmarks {

    private final Map<String, String> options;
    private final String store;
    private final int runs;

    private Benchmarks(Map<String, String> options) {
        this.options = options;
        this.store = option("store", "postgres");
        this.runs = Integer.parseInt(option("runs", "3"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Benchmarks commands|lag|rebuild|load [--store=postgres|h2] [--runs=3] [...]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        Benchmarks benchmarks = new Benchmarks(options);
        switch (args[0]) {
            case "commands" -> benchmarks.commands();
            case "lag" -> benchmarks.lag();
            case "rebuild" -> benchmarks.rebuild();
            case "load" -> benchmarks.load();
            default -> {
                System.err.println("unknown suite " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private void commands() throws Exception {
        boolean readSide = !option("read-side", "on").equals("off");
        try (Tracker tracker = start(readSide); Http http = new Http()) {
            Workload workload = Workload.create(http, tracker.commandUrl(), intOption("projects", 512));
            Floor.Figures floor = Floor.measure(tracker.store(), templates(tracker, workload));
            int warmUp = intOption("warm-up", 5);
            for (String level : option("clients", "1,8,32").split(",")) {
                int clients = Integer.parseInt(level);
                List<CommandLoad.Result> results = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    CommandLoad.Result r = CommandLoad.run(workload, clients, warmUp, intOption("seconds", 10));
                    results.add(r);
                    System.out.printf("RESULT commands store=%s clients=%d run=%d commands/s=%s p50ms=%s p99ms=%s"
                                    + " errors=%d floorTx/s=%s ratio=%s load=%s%n", store, clients, run,
                            Stats.f(r.perSecond()), Stats.f(r.p50()), Stats.f(r.p99()), r.errors(),
                            Stats.f(floor.singleRowTx(clients)), ratio(r.perSecond(), floor.singleRowTx(clients)),
                            loadAverage());
                }
                double median = median(results, CommandLoad.Result::perSecond);
                System.out.printf("SUMMARY commands store=%s readSide=%s clients=%d median commands/s=%s p50ms=%s"
                                + " p99ms=%s ratio=%s%n", store, readSide ? "on" : "off", clients, Stats.f(median),
                        Stats.f(median(results, CommandLoad.Result::p50)), Stats.f(median(results, CommandLoad.Result::p99)),
                        ratio(median, floor.singleRowTx(clients)));
            }
            if (readSide) {
                lag(tracker, http, workload);
            }
        }
    }

    private void lag() throws Exception {
        // off: the query service finds new events on PostgreSQL by its poll only, as before docs/adr/0014
        boolean notifications = !option("notifications", "on").equals("off");
        System.out.printf("SETTING notifications=%s%n", notifications ? "on" : "off");
        try (Tracker tracker = start("--tracker.event-store.notifications.enabled=" + notifications);
             Http http = new Http()) {
            Workload workload = Workload.create(http, tracker.commandUrl(), intOption("projects", 512));
            lag(tracker, http, workload);
        }
    }

    /** Each run starts once the projections have caught up with everything written before it. */
    private void lag(Tracker tracker, Http http, Workload workload) throws Exception {
        List<ProjectionLag.Result> lags = new ArrayList<>();
        int rate = intOption("rate", 500);
        int sampleEvery = intOption("sample-every", 10);
        for (int run = 1; run <= runs; run++) {
            double catchUp = awaitProjections(tracker, http);
            ProjectionLag.Result r = ProjectionLag.run(workload, http, tracker.queryUrl(), rate, sampleEvery,
                    intOption("warm-up", 5), intOption("lag-seconds", 15));
            lags.add(r);
            System.out.printf("RESULT lag store=%s run=%d offered/s=%s commands/s=%s sampleEvery=%d sampled/s=%s"
                            + " p50ms=%s p99ms=%s maxms=%s commandErrors=%d queryErrors=%d dropped=%d caughtUpAfterS=%s"
                            + " load=%s%n", store, run, Stats.f(r.offered()), Stats.f(r.commandsPerSecond()), sampleEvery,
                    Stats.f(r.achieved()), Stats.f(r.p50()), Stats.f(r.p99()), Stats.f(r.max()),
                    r.commandErrors(), r.queryErrors(), r.dropped(), Stats.f(catchUp), loadAverage());
        }
        System.out.printf("SUMMARY lag store=%s median commands/s=%s p50ms=%s p99ms=%s%n", store,
                Stats.f(median(lags, ProjectionLag.Result::commandsPerSecond)), Stats.f(median(lags, ProjectionLag.Result::p50)),
                Stats.f(median(lags, ProjectionLag.Result::p99)));
    }

    /** Waits (up to 5 minutes) until a query at the store's head is answered; answers the seconds waited. */
    private static double awaitProjections(Tracker tracker, Http http) throws Exception {
        long head;
        try (Connection connection = tracker.store().connect(); Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("select max(global_index) from domain_event_entry")) {
            max.next();
            head = max.getLong(1);
        }
        long start = System.nanoTime();
        while (http.get(tracker.queryUrl() + "/api/projects?size=1", "X-Min-Position", Long.toString(head)).status()
                != 200) {
            if (Floor.seconds(start) > 300) {
                throw new IllegalStateException("the projections did not reach position " + head + " in 5 minutes");
            }
        }
        return Floor.seconds(start);
    }

    /**
     * One fresh system per size (a rebuild cut off by the cap keeps running, and a second one of the
     * same model is refused while it does).
     */
    private void rebuild() throws Exception {
        for (String size : option("sizes", "100000,1000000").split(",")) {
            rebuild(Long.parseLong(size));
        }
    }

    private void rebuild(long size) throws Exception {
        try (Tracker tracker = start("--tracker.audit.seal-interval=0s"); Http http = new Http()) {
            Workload workload = Workload.create(http, tracker.commandUrl(), 1);
            EventRows rows = templates(tracker, workload);
            Floor.Figures floor = Floor.measure(tracker.store(), rows);
            RebuildBench.stopLiveProjections(tracker);
            int cap = intOption("cap", 170);
            double insertRate = RebuildBench.fill(tracker, rows, size);
            System.out.printf("FILL store=%s size=%d rawInsertRows/s=%s load=%s%n", store, size, Stats.f(insertRate),
                    loadAverage());
            List<RebuildBench.Result> results = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                RebuildBench.Result r = RebuildBench.run(tracker, http, option("model", "projects"), cap);
                System.out.printf("RESULT rebuild store=%s size=%d run=%d events=%d seconds=%s events/s=%s"
                                + " finished=%s floorScanRows/s=%s ratio=%s load=%s%n", store, size, run, r.events(),
                        Stats.f(r.seconds()), Stats.f(r.eventsPerSecond()), r.finished(), Stats.f(floor.scanRows()),
                        ratio(r.eventsPerSecond(), floor.scanRows()), loadAverage());
                results.add(r);
                // the swap restarts the live processor, which would replay the filled store during the next run
                RebuildBench.stopLiveProjections(tracker);
                if (!r.finished()) {
                    System.out.printf("SUMMARY rebuild store=%s size=%d capped at %ds: %s events/s (events replayed"
                            + " in the time; %d run(s))%n", store, size, cap, Stats.f(r.eventsPerSecond()), run);
                    return;
                }
            }
            double median = median(results, RebuildBench.Result::eventsPerSecond);
            System.out.printf("SUMMARY rebuild store=%s size=%d median events/s=%s seconds=%s ratio=%s%n", store, size,
                    Stats.f(median), Stats.f(median(results, RebuildBench.Result::seconds)),
                    ratio(median, floor.scanRows()));
        }
    }

    /**
     * The command side's snapshot trigger is off here (it would snapshot the aggregate during the first
     * load without one); the snapshot for the second half is taken explicitly with its snapshotter.
     */
    private void load() throws Exception {
        try (Tracker tracker = start("--tracker.audit.seal-interval=0s", "--tracker.snapshots.threshold=2147483647");
             Http http = new Http()) {
            Workload workload = Workload.create(http, tracker.commandUrl(), 1);
            EventRows rows = templates(tracker, workload);
            Floor.Figures floor = Floor.measure(tracker.store(), rows);
            String big = EventRows.newIds(1).get(0);
            String hundred = EventRows.newIds(1).get(0);
            try (Connection connection = tracker.store().connect()) {
                rows.insertProjects(connection, "domain_event_entry", List.of(big), 10_000);
                rows.insertProjects(connection, "domain_event_entry", List.of(hundred), 100);
            }
            AggregateLoad loads = new AggregateLoad(tracker.commandService());
            long version = 9_999;
            if (AggregateLoad.snapshotSequence(tracker, big) >= 0) {
                throw new IllegalStateException("the 10 000-event project has a snapshot before the loads without one");
            }
            List<Double> without = new ArrayList<>();
            List<Double> hundreds = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double loadMs = loads.load(big, version, 3, 5);
                double readMs = loads.readEvents(big, 1, 5);
                double hundredMs = loads.load(hundred, 99, 3, 5);
                without.add(loadMs);
                hundreds.add(hundredMs);
                System.out.printf("RESULT load store=%s run=%d snapshot=no events=10000 loadMs=%s readEventsMs=%s"
                                + " load100EventsMs=%s floorReadMs=%s ratio=%s load=%s%n", store, run, Stats.f(loadMs),
                        Stats.f(readMs), Stats.f(hundredMs), Stats.f(floor.aggregateReadMs()),
                        ratio(loadMs, floor.aggregateReadMs()), loadAverage());
            }
            double commandMs = commandLatency(http, workload, big, 5);
            version += 5;
            if (AggregateLoad.snapshotSequence(tracker, big) >= 0) {
                throw new IllegalStateException("a snapshot was taken during the loads without one");
            }
            System.out.printf("SUMMARY load store=%s snapshot=no median loadMs=%s ratio=%s commandOnItMs=%s"
                            + " load100EventsMs=%s%n", store, Stats.f(Stats.median(without)),
                    ratio(Stats.median(without), floor.aggregateReadMs()), Stats.f(commandMs), Stats.f(Stats.median(hundreds)));
            long snapshotAt = loads.snapshot(tracker, big);
            System.out.printf("SNAPSHOT store=%s project=%s sequence=%d (the events after it are read on load)%n",
                    store, big, snapshotAt);
            List<Double> with = new ArrayList<>();
            try {
                for (int run = 1; run <= runs; run++) {
                    double loadMs = loads.load(big, version, 3, 5);
                    with.add(loadMs);
                    System.out.printf("RESULT load store=%s run=%d snapshot=yes events=%d loadMs=%s load=%s%n", store,
                            run, version + 1, Stats.f(loadMs), loadAverage());
                }
            } catch (RuntimeException e) {
                System.out.printf("SUMMARY load store=%s snapshot=yes not measured: the stored snapshot cannot be"
                        + " loaded: %s%n", store, e);
                return;
            }
            System.out.printf("SUMMARY load store=%s snapshot=yes median loadMs=%s commandOnItMs=%s%n", store,
                    Stats.f(Stats.median(with)), Stats.f(commandLatency(http, workload, big, 5)));
        }
    }

    /** The median latency in ms of {@code times} RecordIndicatorActual commands on one project. */
    private static double commandLatency(Http http, Workload workload, String project, int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Http.Answer answer = http.post(workload.actualUrl(project), Workload.actualBody());
            if (!answer.ok()) {
                throw new IllegalStateException("command failed: " + answer.status() + " " + answer.body());
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.median(millis);
    }

    private Tracker start(String... extra) throws Exception {
        return start(true, extra);
    }

    private Tracker start(boolean readSide, String... extra) throws Exception {
        System.out.printf("MACHINE cpus=%d cpu=%s java=%s load=%s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), loadAverage());
        Tracker tracker = Tracker.start(store, option("postgres-url", "jdbc:postgresql://127.0.0.1:5432/test"), readSide,
                extra);
        try (Connection connection = tracker.store().connect(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery(store.equals("h2") ? "select h2version()" : "select version()")) {
            version.next();
            System.out.printf("STORE %s %s%n", store, version.getString(1));
        }
        return tracker;
    }

    /** Records one actual on the first project, then copies its rows as templates of raw inserts. */
    private static EventRows templates(Tracker tracker, Workload workload) throws Exception {
        String project = workload.projects.get(0);
        Http.Answer answer = workload.recordActual(project);
        if (!answer.ok()) {
            throw new IllegalStateException("command failed: " + answer.status() + " " + answer.body());
        }
        try (Connection connection = tracker.store().connect()) {
            return EventRows.from(connection, project);
        }
    }

    private static <T> double median(List<T> results, Function<T, Double> figure) {
        return Stats.median(results.stream().map(figure).toList());
    }

    private static String ratio(double value, double floor) {
        return String.format(java.util.Locale.ROOT, "%.3f", value / floor);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    static String loadAverage() {
        try {
            return String.join("/", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
