package pl.zmp.tracker.allinone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations rely on, against both services as they really start: a start-up log without warnings,
 * a public health answer that names no directory of the machine, and a Grafana dashboard and alert rules
 * that use only metrics the services export.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    @TempDir
    static Path dataDir;
    static AllInOne allInOne;
    static String startUpLog;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(CapturedOutput output) {
        allInOne = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.load-seed=false");
        startUpLog = output.getAll();
    }

    @AfterAll
    static void stop() {
        allInOne.close();
    }

    @Test
    void startUpLogsNoWarning() {
        List<String> warnings = startUpLog.lines()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                        || line.toLowerCase(java.util.Locale.ROOT).contains("deprecat"))
                .toList();
        assertThat(warnings).isEmpty();
    }

    @Test
    void dumpScrapes() throws Exception {
        Files.writeString(Path.of("target/command-scrape.txt"), get(allInOne.commandPort(), "/actuator/prometheus", null).body());
        Files.writeString(Path.of("target/query-scrape.txt"), get(allInOne.queryPort(), "/actuator/prometheus", null).body());
        Files.writeString(Path.of("target/health.txt"), get(allInOne.commandPort(), "/actuator/health", null).body()
                + "\n" + get(allInOne.queryPort(), "/actuator/health", null).body());
    }

    private HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", DemoUsers.basicAuthorization(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
