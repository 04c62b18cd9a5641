package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations rely on, against both services as they really start: a start-up log without warnings,
 * a public health answer that names no directory of the machine, and a Grafana dashboard and alert rules
 * that use only metrics the services export.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    /** PromQL's functions, aggregations and keywords: every other name in an expression is a metric. */
    static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "by", "without", "on",
            "ignoring", "group_left", "group_right", "rate", "irate", "increase", "histogram_quantile", "time",
            "and", "or", "unless", "bool", "offset", "abs", "clamp_min", "clamp_max", "topk", "bottomk", "delta",
            "deriv", "vector", "scalar", "label_replace", "absent", "changes", "resets", "max_over_time",
            "min_over_time", "avg_over_time", "humanizeDuration");
    /** Made by Prometheus itself for every target, not by a service. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @TempDir
    static Path dataDir;
    static AllInOne allInOne;
    static String startUpLog;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

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
    void startUpLogsNoWarningNoErrorAndNoDeprecation() {
        assertThat(startUpLog).contains("ZMP project tracker is up");
        List<String> warnings = startUpLog.lines()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                        || line.toLowerCase(Locale.ROOT).contains("deprecat")
                        || line.toLowerCase(Locale.ROOT).contains("already registered"))
                .toList();
        assertThat(warnings).isEmpty();
    }

    @Test
    void publicHealthNamesNoDirectoryOfTheMachine() throws Exception {
        for (int port : List.of(allInOne.commandPort(), allInOne.queryPort())) {
            HttpResponse<String> health = get(port, "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body())
                    .doesNotContain(dataDir.toAbsolutePath().toString())
                    .doesNotContain(Path.of("").toAbsolutePath().toString())
                    .doesNotContain("\"path\"");
            // the disk space check is still there, with its verdict and figures
            JsonNode diskSpace = json.readTree(health.body()).get("components").get("diskSpace");
            assertThat(diskSpace.get("status").asText()).isEqualTo("UP");
            assertThat(diskSpace.get("details").get("free").asLong()).isPositive();
        }
    }

    @Test
    void theDashboardAndTheAlertRulesUseOnlyMetricsTheServicesExport(CapturedOutput output) throws Exception {
        exerciseEveryFeatureWithAMetric();
        Set<String> used = new TreeSet<>();
        JsonNode dashboard = json.readTree(ComposeFileTest.ROOT.resolve("monitoring/grafana/dashboards/zmp-tracker.json").toFile());
        dashboard.get("panels").forEach(panel -> panel.get("targets")
                .forEach(target -> used.addAll(metricNames(target.get("expr").asText()))));
        JsonNode rules = ComposeFileTest.read("monitoring/prometheus/alert-rules.yml");
        rules.get("groups").forEach(group -> group.get("rules")
                .forEach(rule -> used.addAll(metricNames(rule.get("expr").asText()))));
        used.removeAll(PROMETHEUS_OWN);
        assertThat(used).as("metrics the dashboard and alerts need").contains("tracker_projection_lag_seconds",
                "tracker_projection_lag", "tracker_rebuild_percent", "tracker_audit_seal_age_seconds",
                "tracker_audit_verify_last_result", "tracker_commands_refused_total",
                "http_server_requests_seconds_bucket", "http_server_requests_seconds_count");

        await("every metric the dashboard and alerts use is exported").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    Set<String> exported = new TreeSet<>(exported(allInOne.commandPort()));
                    exported.addAll(exported(allInOne.queryPort()));
                    assertThat(exported).containsAll(used);
                });
        // commands, projections and a rebuild ran: still no meter registered twice, nothing at WARN
        assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ")
                || line.contains("already registered")).toList()).isEmpty();
    }

    @Test
    void theAlertRulesFireAtTheAgreedThresholds() {
        JsonNode rules = ComposeFileTest.read("monitoring/prometheus/alert-rules.yml").get("groups").get(0).get("rules");
        List<String> expressions = new ArrayList<>();
        rules.forEach(rule -> expressions.add(rule.get("alert").asText() + ": " + rule.get("expr").asText().strip()));
        assertThat(expressions).contains(
                "ProjectionLagging: max by (processor) (tracker_projection_lag_seconds) > 30",
                "AuditVerifyFailed: tracker_audit_verify_last_result == 0",
                "SealTooOld: max(tracker_audit_seal_age_seconds) > 300");
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (le, application) "
                + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("time() - max(tracker_audit_verify_last_timestamp_seconds > 0)"))
                .containsExactly("tracker_audit_verify_last_timestamp_seconds");
        assertThat(metricNames("up{job=~\"command-service|query-service\"} == 0")).containsExactly("up");
    }

    /** A command accepted and one refused, a verification, a rebuild and a query: each makes its meters appear. */
    private void exerciseEveryFeatureWithAMetric() throws Exception {
        assertThat(post(allInOne.commandPort(), "/api/municipalities", "{\"name\":\"Opole\",\"tercCode\":\"1661011\"}",
                DemoUsers.COORDINATOR).statusCode()).isEqualTo(201);
        assertThat(post(allInOne.commandPort(), "/api/municipalities", "{\"tercCode\":\"16-61\"}",
                DemoUsers.COORDINATOR).statusCode()).isEqualTo(400);
        assertThat(get(allInOne.commandPort(), "/api/audit/verify", DemoUsers.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(post(allInOne.queryPort(), "/api/admin/rebuilds/municipalities", "", DemoUsers.ADMIN).statusCode())
                .isEqualTo(202);
        assertThat(get(allInOne.queryPort(), "/api/municipalities", DemoUsers.VIEWER).statusCode()).isEqualTo(200);
    }

    /** The metric names in a PromQL expression: names outside label matchers, strings and ranges, not functions. */
    static Set<String> metricNames(String expression) {
        String bare = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*").matcher(bare);
        while (name.find()) {
            String word = name.group();
            boolean call = bare.substring(name.end()).stripLeading().startsWith("(");
            if (!PROMQL_WORDS.contains(word) && !call) {
                names.add(word);
            }
        }
        return names;
    }

    private Set<String> exported(int port) throws Exception {
        HttpResponse<String> scrape = get(port, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        scrape.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    private HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", DemoUsers.basicAuthorization(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String body, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basicAuthorization(user))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
