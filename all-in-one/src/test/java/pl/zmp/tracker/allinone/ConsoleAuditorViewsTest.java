package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.*;

/**
 * The auditor's views of the console in headless Chromium, on a 1440 px screen and a 390 px phone, in Polish and
 * in English, against the whole system with the ZMP seed: the figures with the events each comes from, the event
 * log filtered by correlation with its exports, a timeline's state at a day and the differences between two
 * versions, verification and sealing. What the pages show is checked against the event store as the audit log
 * reads it. Takes docs/console-dashboard.png.
 */
class ConsoleAuditorViewsTest {

    private static final String PPP = seedId("@project/ppp");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @TempDir
    static Path dataDir;
    private static AllInOne tracker;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The seed, and a project of the test's own that counted people twice: only its later count adds to the
     * people trained.
     */
    @BeforeAll
    static void startWithTheSeedAndASecondCountOfPeopleTrained() throws Exception {
        tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0");
        await().atMost(Duration.ofSeconds(90)).until(() -> statistics().get("projects").asInt() == 11);
        String project = post("/api/projects", "{\"title\":\"Akademia samorządowa\",\"reportingOrganisationId\":\""
                + seedId("@org/zmp") + "\"}").get("aggregateId").asText();
        post("/api/projects/" + project + "/indicators",
                "{\"indicatorCode\":\"people-trained\",\"name\":\"Przeszkoleni\",\"unit\":\"osoby\",\"target\":100}");
        post("/api/projects/" + project + "/indicators/people-trained/actuals",
                "{\"value\":40,\"asOf\":\"2026-01-31\",\"source\":\"lista obecności\"}");
        post("/api/projects/" + project + "/indicators/people-trained/actuals",
                "{\"value\":65,\"asOf\":\"2026-02-28\",\"source\":\"lista obecności\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics().get("projects").asInt() == 12
                && statistics().get("peopleTrained").get("value").decimalValue().compareTo(new BigDecimal("1265")) == 0);
    }

    @AfterAll
    static void stopTheTracker() {
        tracker.close();
    }

    @Test
    void eachFigureLeadsToExactlyTheEventsThatProduceItNowAndAsOfADay() throws Exception {
        List<JsonNode> log = events("");
        for (int width : new int[] {DESKTOP, PHONE}) {
            ChromeDriver browser = Chromium.open(width, 1000);
            try {
                WebDriverWait wait = waitFor(browser);
                signIn(browser, wait, width == PHONE ? "en" : "pl");
                browser.findElement(testId("nav-figures")).click();
                until(wait, "the figures", driver -> !driver.findElements(testId("figure-people-trained-value")).isEmpty());
                assertFitsThePhone(browser, width, "the figures");
                if (width == DESKTOP) {
                    screenshot(browser, "console-dashboard.png");
                }

                // people trained: each project's latest count, and nothing else
                Set<String> latestCounts = latestPeopleTrained(log);
                assertThat(value(browser, "figure-people-trained-value"))
                        .isEqualByComparingTo(sumOf(log, latestCounts, "value")).isEqualByComparingTo("1265");
                openLineage(browser, wait, "lineage-people-trained");
                assertThat(listedEvents(browser)).isEqualTo(latestCounts);
                assertThat(value(browser, "lineage-value")).isEqualByComparingTo("1265");
                assertThat(texts(browser, "lineage-event-type")).containsOnly("IndicatorActualRecorded");
                assertFitsThePhone(browser, width, "the lineage of people trained");

                // projects: their registrations
                browser.findElement(testId("lineage-back")).click();
                openLineage(browser, wait, "lineage-projects");
                assertThat(listedEvents(browser)).isEqualTo(keys(log, "ProjectRegistered"))
                        .hasSize(value(browser, "lineage-value").intValue()).hasSize(12);

                // total value in złoty: each project's latest statement of it
                browser.findElement(testId("lineage-back")).click();
                until(wait, "the figures", driver -> !driver.findElements(testId("figure-total-value-PLN-value")).isEmpty());
                Set<String> totalValues = latestTotalValues(log, "PLN");
                assertThat(value(browser, "figure-total-value-PLN-value"))
                        .isEqualByComparingTo(sumOfAmounts(log, totalValues));
                openLineage(browser, wait, "lineage-total-value-PLN");
                assertThat(listedEvents(browser)).isEqualTo(totalValues);

                // as of the end of 2018: the projects registered by then
                browser.findElement(testId("lineage-back")).click();
                until(wait, "the figures", driver -> !driver.findElements(testId("asof-date")).isEmpty());
                typeDate(browser, "asof-date", "2018-12-31");
                browser.findElement(testId("asof-submit")).click();
                until(wait, "the figures of 2018", driver -> !driver.findElements(testId("project-then")).isEmpty());
                assertThat(text(browser, "figures-as-of")).contains("2018-12-31");
                Set<String> registeredBy2019 = keysHappenedBy(log, "ProjectRegistered", LocalDate.of(2018, 12, 31));
                assertThat(value(browser, "figure-projects-value").intValue()).isEqualTo(registeredBy2019.size())
                        .isEqualTo(browser.findElements(testId("project-then")).size());
                assertFitsThePhone(browser, width, "the figures of 2018");
                openLineage(browser, wait, "lineage-projects");
                assertThat(listedEvents(browser)).isEqualTo(registeredBy2019);
                assertThat(text(browser, "lineage-as-of")).isEqualTo("2018-12-31");

                // a project's own people trained: its latest count only
                browser.get(consoleUrl("/projects/" + PPP));
                until(wait, "the project's indicators", driver -> !driver.findElements(testId("lineage-people-trained")).isEmpty());
                openLineage(browser, wait, "lineage-people-trained");
                assertThat(listedEvents(browser)).isEqualTo(latestCounts.stream()
                        .filter(key -> key.startsWith(PPP)).collect(Collectors.toSet())).hasSize(1);
                assertThat(texts(browser, "lineage-contribution")).containsExactly("1200 (2019-12-31)");
                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void theLogFilteredByACorrelationListsExactlyItsEventsAndExportsThem() throws Exception {
        List<JsonNode> log = events("");
        for (int width : new int[] {PHONE, DESKTOP}) {
            ChromeDriver browser = Chromium.open(width, 1000);
            try {
                WebDriverWait wait = waitFor(browser);
                signIn(browser, wait, width == PHONE ? "en" : "pl");
                browser.findElement(testId("nav-audit")).click();
                until(wait, "the event log", driver -> !driver.findElements(testId("correlation-link")).isEmpty());
                assertFitsThePhone(browser, width, "the event log");

                browser.findElements(testId("correlation-link")).get(0).click();
                until(wait, "the log of one correlation", driver -> driver.getCurrentUrl().contains("correlationId="));
                String correlation = browser.findElement(testId("filter-correlationId")).getDomProperty("value");
                List<Long> expected = log.stream()
                        .filter(event -> correlation.equals(event.path("correlationId").asText(null)))
                        .map(event -> event.get("globalPosition").asLong()).toList();
                assertThat(expected).isNotEmpty();
                assertThat(positionsShown(browser)).isEqualTo(expected);
                assertThat(text(browser, "audit-total")).endsWith(String.valueOf(expected.size()));

                // the exports take the filter: the same events, and no other
                String csv = fetch(browser, browser.findElement(testId("export-csv")).getDomAttribute("href"));
                assertThat(csv.lines().skip(1).filter(line -> !line.isBlank())).hasSize(expected.size())
                        .allMatch(line -> line.contains(correlation));
                String ndjson = fetch(browser, browser.findElement(testId("export-ndjson")).getDomAttribute("href"));
                List<Long> exported = new ArrayList<>();
                for (String line : ndjson.lines().filter(line -> !line.isBlank()).toList()) {
                    exported.add(JSON.readTree(line).get("globalPosition").asLong());
                }
                assertThat(exported).isEqualTo(expected);

                // days chosen in the date fields: the whole of them, the last included
                browser.findElement(testId("filter-correlationId")).clear();
                LocalDate today = LocalDate.now(WARSAW);
                typeDate(browser, "filter-from", today.minusDays(1).toString());
                typeDate(browser, "filter-to", today.toString());
                browser.findElement(testId("filter-submit")).click();
                until(wait, "the log of two days", driver -> driver.getCurrentUrl().contains("from="));
                long recordedThen = log.stream().filter(event -> !LocalDate.ofInstant(
                        Instant.parse(event.get("time").asText()), WARSAW).isBefore(today.minusDays(1))).count();
                assertThat(text(browser, "audit-total")).endsWith(String.valueOf(recordedThen));
                assertFitsThePhone(browser, width, "the filtered event log");
                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aTimelineShowsTheStateAtADayTheChangedFieldBetweenTwoVersionsAndTheLogVerifiesAndSeals() throws Exception {
        List<JsonNode> history = events("&aggregateId=" + PPP);
        JsonNode statusChange = history.stream().filter(event -> event.get("eventType").asText()
                .equals("ProjectStatusChanged")).findFirst().orElseThrow();
        long changed = statusChange.get("sequence").asLong();
        String statusEnd2018 = get(tracker.commandPort(), "/api/audit/aggregates/project/" + PPP
                + "/state?asOf=2018-12-31").get("state").get("status").asText();
        for (int width : new int[] {DESKTOP, PHONE}) {
            ChromeDriver browser = Chromium.open(width, 1000);
            try {
                WebDriverWait wait = waitFor(browser);
                boolean english = width == DESKTOP;
                signIn(browser, wait, english ? "en" : "pl");
                browser.get(consoleUrl("/audit/aggregates/" + PPP + "?type=project"));
                until(wait, "the timeline", driver -> !driver.findElements(testId("timeline-row")).isEmpty());
                assertThat(texts(browser, "timeline-version")).hasSize(history.size()).first().isEqualTo("0");

                typeDate(browser, "state-asOf", "2018-12-31");
                browser.findElement(testId("state-submit")).click();
                until(wait, "the state at the end of 2018", driver -> !driver.findElements(testId("state")).isEmpty());
                assertThat(text(browser, "state")).contains("\"status\" : \"" + statusEnd2018 + "\"");

                type(browser, "diff-from", String.valueOf(changed - 1));
                type(browser, "diff-to", String.valueOf(changed));
                browser.findElement(testId("diff-submit")).click();
                until(wait, "the differences", driver -> !driver.findElements(testId("diff-row")).isEmpty());
                List<String> paths = texts(browser, "diff-path");
                int status = paths.indexOf("state.status");
                assertThat(status).as("the status among the changed fields %s", paths).isNotNegative();
                assertThat(texts(browser, "diff-before").get(status))
                        .isEqualTo(statusChange.get("payload").get("from").asText());
                assertThat(texts(browser, "diff-after").get(status))
                        .isEqualTo(statusChange.get("payload").get("to").asText());
                assertFitsThePhone(browser, width, "a timeline with a state and a diff");

                browser.get(consoleUrl("/audit/verify"));
                until(wait, "the verification", driver -> !driver.findElements(testId("verify-result")).isEmpty());
                assertThat(browser.findElement(testId("verify-result")).getDomAttribute("data-valid")).isEqualTo("true");
                assertThat(text(browser, "verify-result")).isEqualTo(english ? "The hash chain is intact."
                        : "Łańcuch skrótów jest nienaruszony.");
                assertThat(Long.parseLong(text(browser, "verify-events-checked"))).isPositive();
                browser.findElement(testId("seal-submit")).click();
                until(wait, "the seal's result", driver -> !driver.findElements(testId("seal-result")).isEmpty());
                assertThat(text(browser, "seal-result")).contains("chainHash");
                assertFitsThePhone(browser, width, "the verification");
                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String language) {
        ConsoleBrowsing.signIn(browser, wait, tracker.consolePort(), DemoUsers.AUDITOR);
        browser.findElement(testId("lang-" + language)).click();
        until(wait, "the console in " + language,
                driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    /** On the phone nothing is wider than the screen: tables scroll inside their box. */
    private static void assertFitsThePhone(WebDriver browser, int width, String page) {
        if (width == PHONE) {
            assertNoHorizontalOverflow(browser, page);
        }
    }

    private static void openLineage(WebDriver browser, WebDriverWait wait, String link) {
        browser.findElement(testId(link)).click();
        until(wait, "the lineage", driver -> !driver.findElements(testId("lineage")).isEmpty());
    }

    /** The events a lineage page lists, as aggregate:sequence. */
    private static Set<String> listedEvents(WebDriver browser) {
        Set<String> listed = new HashSet<>();
        for (WebElement row : browser.findElements(testId("lineage-row"))) {
            listed.add(row.getDomAttribute("data-aggregate") + ":" + row.getDomAttribute("data-sequence"));
        }
        return listed;
    }

    private static List<Long> positionsShown(WebDriver browser) {
        return browser.findElements(By.cssSelector("[data-testid='audit-row'] td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText().strip())).toList();
    }

    private static BigDecimal value(WebDriver browser, String id) {
        return new BigDecimal(browser.findElement(testId(id)).getDomAttribute("data-value"));
    }

    /** Each project's count of people trained with the latest date, from the events alone. */
    private static Set<String> latestPeopleTrained(List<JsonNode> log) {
        Map<String, JsonNode> latest = new HashMap<>();
        for (JsonNode event : log) {
            if (event.get("eventType").asText().equals("IndicatorActualRecorded")
                    && event.get("payload").get("indicatorCode").asText().equals("people-trained")) {
                latest.merge(event.get("aggregateId").asText(), event, (kept, later) -> LocalDate.parse(
                        later.get("payload").get("asOf").asText()).isAfter(LocalDate.parse(
                        kept.get("payload").get("asOf").asText())) ? later : kept);
            }
        }
        return keysOf(latest.values());
    }

    /** Each project's latest statement of its total value, where it is in the currency. */
    private static Set<String> latestTotalValues(List<JsonNode> log, String currency) {
        Map<String, JsonNode> latest = new HashMap<>();
        for (JsonNode event : log) {
            if (event.get("eventType").asText().equals("FinancingAmountRecorded")
                    && event.get("payload").get("item").asText().equals("TOTAL_VALUE")) {
                latest.put(event.get("aggregateId").asText(), event);
            }
        }
        return keysOf(latest.values().stream()
                .filter(event -> event.get("payload").get("amount").get("currency").asText().equals(currency)).toList());
    }

    private static Set<String> keys(List<JsonNode> log, String eventType) {
        return keysOf(log.stream().filter(event -> event.get("eventType").asText().equals(eventType)).toList());
    }

    /** The events of a type whose business time lies within the day or before, in Warsaw. */
    private static Set<String> keysHappenedBy(List<JsonNode> log, String eventType, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(WARSAW).toInstant();
        return keysOf(log.stream().filter(event -> event.get("eventType").asText().equals(eventType))
                .filter(event -> {
                    JsonNode occurredOn = event.get("payload").get("occurredOn");
                    Instant happened = occurredOn == null || occurredOn.isNull()
                            ? Instant.parse(event.get("time").asText()) : OffsetDateTime.parse(occurredOn.asText()).toInstant();
                    return happened.isBefore(end);
                }).toList());
    }

    private static Set<String> keysOf(Collection<JsonNode> events) {
        Set<String> keys = new HashSet<>();
        events.forEach(event -> keys.add(event.get("aggregateId").asText() + ":" + event.get("sequence").asText()));
        return keys;
    }

    private static BigDecimal sumOf(List<JsonNode> log, Set<String> keys, String field) {
        return log.stream().filter(event -> keys.containsAll(keysOf(List.of(event))))
                .map(event -> event.get("payload").get(field).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sumOfAmounts(List<JsonNode> log, Set<String> keys) {
        return log.stream().filter(event -> keys.containsAll(keysOf(List.of(event))))
                .map(event -> event.get("payload").get("amount").get("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A file the console serves, fetched by the page itself as the signed-in user. */
    private static String fetch(ChromeDriver browser, String href) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done);", href);
    }

    /** Every event of the log (narrowed by {@code filters}), as the audit API exports it from the event store. */
    private static List<JsonNode> events(String filters) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + tracker.queryPort() + "/api/audit/events/export?format=ndjson" + filters))
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.AUDITOR)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        for (String line : response.body().lines().filter(line -> !line.isBlank()).toList()) {
            events.add(JSON.readTree(line));
        }
        return events;
    }

    private static JsonNode statistics() throws IOException, InterruptedException {
        return get(tracker.queryPort(), "/api/dashboard/statistics");
    }

    private static JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + tracker.commandPort() + path))
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static String consoleUrl(String path) {
        return ConsoleBrowsing.consoleUrl(tracker.consolePort(), path);
    }

    private static String seedId(String reference) {
        return UUID.nameUUIDFromBytes(("zmp-tracker-seed:" + reference).getBytes(UTF_8)).toString();
    }
}
