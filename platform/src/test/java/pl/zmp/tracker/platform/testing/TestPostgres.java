package pl.zmp.tracker.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the tests find PostgreSQL, decided once per test JVM:
 * <ol>
 *     <li>the server {@code TRACKER_TEST_POSTGRES_URL} names (with {@code TRACKER_TEST_POSTGRES_USER} and
 *     {@code TRACKER_TEST_POSTGRES_PASSWORD});</li>
 *     <li>else the machine's server on 127.0.0.1:5432, database {@code test}, if it accepts connections (the CI
 *     machine has one; {@code TRACKER_TEST_POSTGRES_PROBE=host:port} looks elsewhere);</li>
 *     <li>else a PostgreSQL the build brings itself: zonky's embedded binaries from Maven Central, started on
 *     first use, shared by every test in the JVM and stopped when it exits. PostgreSQL refuses to run as root:
 *     as root (as on CI) zonky starts it in a user namespace ({@code unshare -U}) where it is {@code nobody};
 *     where user namespaces are not allowed, its programs run as {@code nobody} ({@link PostgresAsNobody}).</li>
 * </ol>
 * Every URL is a bare {@code jdbc:postgresql://host:port/database}: the tests append their own parameters.
 */
public final class TestPostgres {

    private static final String DEFAULT_PROBE = "127.0.0.1:5432";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    /** Generous: the first start unpacks the binaries and runs initdb, on a busy 2-core machine too. */
    private static final Duration EMBEDDED_STARTUP = Duration.ofMinutes(2);

    private static Server server;

    private TestPostgres() {
    }

    public static String url() {
        return server().url();
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    /** Points a Spring test's data source and its Flyway migrations at a schema of the test's own. */
    public static void useSchema(DynamicPropertyRegistry properties, String schema) {
        properties.add("spring.datasource.url", () -> url() + "?currentSchema=" + schema);
        properties.add("spring.datasource.username", TestPostgres::user);
        properties.add("spring.datasource.password", TestPostgres::password);
        properties.add("spring.flyway.schemas", () -> schema);
    }

    /** Drops a test's schema and everything in it. */
    public static void dropSchema(String schema) {
        new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()))
                .execute("drop schema if exists " + schema + " cascade");
    }

    private record Server(String url, String user, String password) {
    }

    private static synchronized Server server() {
        if (server == null) {
            server = locate();
        }
        return server;
    }

    private static Server locate() {
        String user = env("TRACKER_TEST_POSTGRES_USER", "postgres");
        String password = env("TRACKER_TEST_POSTGRES_PASSWORD", "");
        String configured = env("TRACKER_TEST_POSTGRES_URL", null);
        if (configured != null) {
            return new Server(configured, user, password);
        }
        String probe = env("TRACKER_TEST_POSTGRES_PROBE", DEFAULT_PROBE);
        if (acceptsConnections(probe)) {
            return new Server("jdbc:postgresql://" + probe + "/test", user, password);
        }
        return startEmbedded(probe);
    }

    private static boolean acceptsConnections(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Server startEmbedded(String probed) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(EMBEDDED_STARTUP)
                    .setServerConfig("fsync", "off"); // throwaway data: no need to wait for the disk
            if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
                PostgresAsNobody.apply(builder);
            }
            // stopped, and its data directory removed, by zonky's shutdown hook when the JVM exits
            EmbeddedPostgres postgres = builder.start();
            return new Server("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw new IllegalStateException("No PostgreSQL for the tests: TRACKER_TEST_POSTGRES_URL is not set, "
                    + "nothing accepts connections on " + probed + ", and the embedded PostgreSQL did not start "
                    + "(its output is in the test log)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
