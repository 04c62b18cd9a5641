package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's two questions against the whole system with the ZMP seed: what was true on a date
 * (asOf, business time) and what the system had recorded by a moment (knownAt, recording time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllInOneBusinessTimeTest {

    private static final String PPP = seedId("@project/ppp");
    private static final String HUNDRED_YEARS = seedId("@project/100-lat-zmp");
    private static final String ROUND_ONE = seedId("@recruitment/space-round-1");
    private static final String URBACT_CALL = seedId("@recruitment/urbact-apn");
    private static final Set<String> SEED_PROJECTS = Stream.of("monitoring-uslug-publicznych",
                    "monitoring-rozwoju-lokalnego", "uslugi-administracyjne", "zarzadzanie-oswiata", "ppp",
                    "firmy-rodzinne", "100-lat-zmp", "przestrzen-dla-partycypacji", "urbact-kpk",
                    "wystawa-wypedzeni-1939", "wspolpraca-polsko-ukrainska")
            .map(name -> seedId("@project/" + name)).collect(Collectors.toSet());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Static: JUnit fills it before {@code @BeforeAll}, which starts the tracker for every test here. */
    @TempDir
    static Path dataDir;
    private AllInOne tracker;
    private Instant beforeTheSeed;
    /** After the seed, before any test recorded more: the seed alone is what was known then. */
    private Instant seedLoaded;

    @BeforeAll
    void startWithTheSeed() {
        beforeTheSeed = Instant.now();
        tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0", "--tracker.query-port=0");
        await().atMost(Duration.ofSeconds(60)).until(() -> statistics("").get("projects").asInt() == 11);
        seedLoaded = Instant.now();
    }

    @AfterAll
    void stop() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void statisticsAtTheEndOf2018ShowTheProjectsRunningThen() throws Exception {
        JsonNode end2018 = statistics("?asOf=2018-12-31&knownAt=" + encode(seedLoaded.toString()));

        // PPP (2017-2019), family business (2018-2020), 100 years of ZMP (June-November 2018),
        // Przestrzeń dla partycypacji (A17) and the exhibition (2018); not yet the 2019 ones
        assertThat(end2018.get("projects").asInt()).isEqualTo(5);
        // the same without knownAt (other tests here add projects of their own, never of the seed's)
        assertThat(get(tracker.queryPort(), "/api/dashboard/snapshot?asOf=2018-12-31", 200).get("projects"))
                .extracting(project -> project.get("id").asText())
                .filteredOn(SEED_PROJECTS::contains)
                .containsExactlyInAnyOrder(PPP, HUNDRED_YEARS, seedId("@project/firmy-rodzinne"),
                        seedId("@project/przestrzen-dla-partycypacji"), seedId("@project/wystawa-wypedzeni-1939"));
        assertThat(end2018.get("projectsByStatus").get("IMPLEMENTATION").asInt()).isEqualTo(4);
        assertThat(end2018.get("projectsByStatus").get("FINALISATION").asInt()).isEqualTo(1);
        assertThat(end2018.get("projectsByStatus").get("PIPELINE").asInt()).isZero();
        assertThat(end2018.get("asOf").asText()).isEqualTo("2018-12-31T22:59:59.999999999Z");
        // every 2018 showing had ended; round I closed on 31 December
        assertThat(end2018.get("showingsByState").get("held").asInt()).isEqualTo(4);
        assertThat(end2018.get("openRecruitments").asInt()).isZero();
        // PPP's value lies in each of its years, not all in 2017
        assertThat(total(end2018, 2017, "PLN")).isEqualByComparingTo("3633333.33");
        assertThat(total(end2018, 2019, "PLN")).isPositive();
    }

    @Test
    void statisticsBeforeAnyProjectAndBeforeTheSeedWasLoadedShowNone() throws Exception {
        assertThat(statistics("?asOf=2016-12-31").get("projects").asInt()).isZero();
        JsonNode beforeLoading = statistics("?knownAt=" + encode(beforeTheSeed.toString()));
        assertThat(beforeLoading.get("projects").asInt()).isZero();
        assertThat(beforeLoading.get("position").asLong()).isEqualTo(-1);
        assertThat(statistics("?asOf=2018-12-31&knownAt=" + encode(beforeTheSeed.toString())).get("projects").asInt())
                .isZero();
    }

    @Test
    void today_theUrbactCallPastItsDeadlineAwaitsADecisionAndTheLiveFiguresSayWhenTheLastFactWasRecorded()
            throws Exception {
        JsonNode today = statistics("");
        assertThat(today.get("openRecruitments").asInt()).isEqualTo(1);
        assertThat(today.get("recruitmentsAwaitingDecision").asInt()).isEqualTo(1);
        assertThat(Instant.parse(today.get("lastRecordedAt").asText())).isAfter(beforeTheSeed);

        JsonNode april2019 = get(tracker.queryPort(), "/api/dashboard/snapshot?asOf="
                + encode("2019-04-17T12:00:00+02:00"), 200);
        assertThat(stateOf(april2019, URBACT_CALL)).isEqualTo("OPEN");
        JsonNode may2019 = get(tracker.queryPort(), "/api/dashboard/snapshot?asOf=2019-05-01", 200);
        assertThat(stateOf(may2019, URBACT_CALL)).isEqualTo("AWAITING_DECISION");
        assertThat(stateOf(may2019, ROUND_ONE)).isEqualTo("CLOSED");
    }

    @Test
    void timeTravelAndTheProjectDetailAnswerForADateOfTheSourcesYears() throws Exception {
        JsonNode ppp = get(tracker.commandPort(), "/api/audit/aggregates/project/" + PPP + "/state?asOf=2018-09-01", 200);
        assertThat(ppp.at("/state/status").asText()).isEqualTo("IMPLEMENTATION");
        get(tracker.commandPort(), "/api/audit/aggregates/project/" + PPP + "/state?asOf=2016-12-31", 404);

        JsonNode roundOne = get(tracker.commandPort(),
                "/api/audit/aggregates/recruitment/" + ROUND_ONE + "/state?asOf=2018-12-31", 200);
        assertThat(roundOne.at("/state/closed").asBoolean()).isTrue();
        assertThat(get(tracker.commandPort(), "/api/audit/aggregates/recruitment/" + ROUND_ONE
                + "/state?asOf=2018-12-30", 200).at("/state/closed").asBoolean()).isFalse();

        assertThat(get(tracker.queryPort(), "/api/projects/" + HUNDRED_YEARS + "?asOf=2018-09-01", 200)
                .get("status").asText()).isEqualTo("IMPLEMENTATION");
        assertThat(get(tracker.queryPort(), "/api/projects/" + HUNDRED_YEARS + "?asOf=2018-12-31", 200)
                .get("status").asText()).isEqualTo("FINALISATION");
        get(tracker.queryPort(), "/api/projects/" + HUNDRED_YEARS + "?asOf=2018-05-31", 404);
        get(tracker.queryPort(), "/api/projects/" + HUNDRED_YEARS + "?asOf=end-of-2018", 400);
    }

    @Test
    void aCorrectionRecordedTodayAbout2018ChangesThe2018AnswersOnlyForThoseAskingAfterItWasRecorded()
            throws Exception {
        ProjectFixture project = registerProjectOf2018("CHF");
        Instant beforeTheCorrection = Instant.now();
        post("/api/projects/" + project.id + "/financing", "{\"item\":\"TOTAL_VALUE\",\"amount\":{\"amount\":1200000,"
                + "\"currency\":\"CHF\"},\"note\":\"korekta\",\"occurredOn\":\"2018-06-01\"}", 200);
        Instant afterTheCorrection = Instant.now();

        String asOf2018 = "?asOf=2018-12-31";
        assertThat(total(statistics(asOf2018 + "&knownAt=" + encode(beforeTheCorrection.toString())), 2018, "CHF"))
                .isEqualByComparingTo("1000000");
        assertThat(total(statistics(asOf2018 + "&knownAt=" + encode(afterTheCorrection.toString())), 2018, "CHF"))
                .isEqualByComparingTo("1200000");
        assertThat(total(statistics(asOf2018), 2018, "CHF")).isEqualByComparingTo("1200000");
        // before the correction took effect, the value was the earlier one, whatever is known today
        assertThat(total(statistics("?asOf=2018-05-31"), 2018, "CHF")).isEqualByComparingTo("1000000");
    }

    @Test
    void refusesAFactDatedInTheFutureOrBeforeItsProjectWithTheFieldNamed() throws Exception {
        ProjectFixture project = registerProjectOf2018(null);
        JsonNode future = post("/api/projects/" + project.id + "/status",
                "{\"status\":\"IMPLEMENTATION\",\"occurredOn\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}", 422);
        assertThat(future.get("code").asText()).isEqualTo("OCCURRED_IN_FUTURE");
        assertThat(future.at("/errors/0/field").asText()).isEqualTo("occurredOn");

        JsonNode tooEarly = post("/api/projects/" + project.id + "/status",
                "{\"status\":\"IMPLEMENTATION\",\"occurredOn\":\"2017-12-31\"}", 422);
        assertThat(tooEarly.get("code").asText()).isEqualTo("OCCURRED_BEFORE_START");
        assertThat(tooEarly.at("/errors/0/field").asText()).isEqualTo("occurredOn");

        JsonNode malformed = post("/api/projects/" + project.id + "/status",
                "{\"status\":\"IMPLEMENTATION\",\"occurredOn\":\"in 2018\"}", 400);
        assertThat(malformed.at("/errors/0/field").asText()).isEqualTo("occurredOn");

        // nothing was written by the refusals: the project is still in the pipeline
        assertThat(get(tracker.commandPort(), "/api/audit/aggregates/project/" + project.id + "/state?asOf="
                + encode(Instant.now().toString()), 200).get("version").asInt()).isZero();
    }

    /** A project registered on 1 January 2018, with a value of 1 mln in the currency stated then; recorded now. */
    private ProjectFixture registerProjectOf2018(String currency) throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/projects", "{\"id\":\"" + id + "\",\"title\":\"Projekt " + id + "\",\"reportingOrganisationId\":\""
                + seedId("@org/zmp") + "\",\"plannedPeriod\":{\"from\":\"2018-01-01\",\"to\":\"2018-12-31\"},"
                + "\"occurredOn\":\"2018-01-01\"}", 201);
        if (currency != null) {
            post("/api/projects/" + id + "/financing", "{\"item\":\"TOTAL_VALUE\",\"amount\":{\"amount\":1000000,"
                    + "\"currency\":\"" + currency + "\"},\"occurredOn\":\"2018-01-01\"}", 200);
        }
        return new ProjectFixture(id);
    }

    private record ProjectFixture(String id) {
    }

    private JsonNode statistics(String query) throws Exception {
        return get(tracker.queryPort(), "/api/dashboard/statistics" + query, 200);
    }

    private static BigDecimal total(JsonNode statistics, int year, String currency) {
        for (JsonNode total : statistics.get("valueByYear")) {
            if (total.get("year").asInt() == year && total.get("currency").asText().equals(currency)) {
                return total.get("total").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static String stateOf(JsonNode snapshot, String recruitmentId) {
        for (JsonNode call : snapshot.get("recruitments")) {
            if (call.get("id").asText().equals(recruitmentId)) {
                return call.get("state").asText();
            }
        }
        return null;
    }

    private JsonNode get(int port, String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private JsonNode post(String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + tracker.commandPort() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    /** Signed in as the demo admin, who holds every role. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", DemoUsers.basicAuthorization(DemoUsers.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static String seedId(String reference) {
        return UUID.nameUUIDFromBytes(("zmp-tracker-seed:" + reference).getBytes(UTF_8)).toString();
    }
}
