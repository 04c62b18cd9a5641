package pl.zmp.tracker.allinone;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The embedded default's demo users (both services' yml), whose password is their name. Tests
 * over real HTTP sign in as {@link #ADMIN}, who holds every role.
 */
public final class DemoUsers {

    /** Holds COORDINATOR, AUDITOR, VIEWER and ADMIN. */
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String AUDITOR = "auditor";
    public static final String VIEWER = "viewer";
    /** Holds ADMIN only. */
    public static final String OPERATOR = "operator";

    private DemoUsers() {
    }

    public static String password(String user) {
        return user;
    }

    /** The value of an {@code Authorization} header signing in as this demo user with HTTP Basic. */
    public static String basicAuthorization(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page address with the credentials in it, e.g. {@code http://admin:admin@localhost:8082/}: a browser
     * opened there signs in and keeps the credentials for the site; open the plain address next, since a
     * page whose address holds credentials cannot {@code fetch}.
     */
    public static String urlWithCredentials(String user, int port, String path) {
        return "http://" + user + ":" + password(user) + "@localhost:" + port + path;
    }
}
