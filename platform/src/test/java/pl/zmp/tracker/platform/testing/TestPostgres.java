package pl.zmp.tracker.platform.testing;

/** Where the tests find PostgreSQL: the CI machine's server unless the environment says otherwise. */
public final class TestPostgres {

    private TestPostgres() {
    }

    public static String url() {
        return env("TRACKER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return env("TRACKER_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return env("TRACKER_TEST_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
