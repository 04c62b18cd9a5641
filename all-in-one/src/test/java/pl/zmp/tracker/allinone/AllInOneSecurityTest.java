package pl.zmp.tracker.allinone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Both services in one process ask for the same demo users, and leave health checks open. */
class AllInOneSecurityTest {

    @TempDir
    static Path dataDir;
    static AllInOne allInOne;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        allInOne = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0", "--tracker.load-seed=false");
    }

    @AfterAll
    static void stop() {
        allInOne.close();
    }

    @Test
    void healthIsOpenOnBothServices() throws Exception {
        assertThat(status(get(allInOne.commandPort(), "/actuator/health"))).isEqualTo(200);
        assertThat(status(get(allInOne.queryPort(), "/actuator/health"))).isEqualTo(200);
    }

    @Test
    void theDashboardAndTheApisAskForCredentials() throws Exception {
        assertThat(status(get(allInOne.queryPort(), "/"))).isEqualTo(401);
        assertThat(status(get(allInOne.queryPort(), "/api/municipalities"))).isEqualTo(401);
        assertThat(status(post(allInOne.commandPort(), "/api/municipalities", "{}"))).isEqualTo(401);
    }

    @Test
    void demoUsersHoldTheirRolesOnBothServices() throws Exception {
        assertThat(status(get(allInOne.queryPort(), "/api/municipalities")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.VIEWER)))).isEqualTo(200);
        assertThat(status(get(allInOne.queryPort(), "/api/municipalities")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR)))).isEqualTo(200);
        assertThat(status(get(allInOne.queryPort(), "/api/municipalities")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.OPERATOR)))).isEqualTo(403);
        assertThat(status(post(allInOne.commandPort(), "/api/municipalities", "{}")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.VIEWER)))).isEqualTo(403);
        assertThat(status(post(allInOne.commandPort(), "/api/municipalities", "{}")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.ADMIN)))).isEqualTo(400);
    }

    private static HttpRequest.Builder get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static HttpRequest.Builder post(int port, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private int status(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
