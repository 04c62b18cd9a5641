package pl.zmp.tracker.query.infra;

/** Where the tests find PostgreSQL: the CI machine's server unless the environment says otherwise. */
final class TestPostgres {

    private TestPostgres() {
    }

    static String url() {
        return env("TRACKER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String user() {
        return env("TRACKER_TEST_POSTGRES_USER", "postgres");
    }

    static String password() {
        return env("TRACKER_TEST_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
