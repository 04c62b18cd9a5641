package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sixty clients race for twenty places of one recruitment through the all-in-one: the event store
 * holds exactly the accepted commands, and the recruitment board, once projected, shows exactly them.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AllInOneRacingCommandsTest {

    private static final int CLIENTS = 60;
    private static final int PLACES = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void recruitmentBoardShowsExactlyTheApplicationsAndAcceptancesThatWereAnsweredWithSuccess() throws Exception {
        try (AllInOne tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0", "--tracker.load-seed=false")) {
            String base = "http://localhost:" + tracker.commandPort();
            String organisation = created(post(base + "/api/organisations",
                    "{\"name\":\"Związek Miast Polskich\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}"));
            String project = created(post(base + "/api/projects", "{\"title\":\"Wyścig\",\"reportingOrganisationId\":\""
                    + organisation + "\",\"plannedPeriod\":{\"from\":\"2026-01-01\",\"to\":\"2099-12-31\"}}"));
            List<String> places = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                places.add(created(post(base + "/api/municipalities", "{\"name\":\"Stadt " + i + "\",\"country\":\"DE\"}")));
            }
            String recruitment = created(post(base + "/api/recruitments", "{\"projectId\":\"" + project
                    + "\",\"round\":1,\"title\":\"Nabór\",\"deadline\":\"2100-01-01T00:00:00+01:00\",\"places\":" + PLACES + "}"));

            List<HttpResponse<String>> applications = race(i -> post(base + "/api/recruitments/" + recruitment
                    + "/applications", "{\"municipalityId\":\"" + places.get(i) + "\"}"));
            List<HttpResponse<String>> acceptances = race(i -> post(base + "/api/recruitments/" + recruitment
                    + "/applications/" + places.get(i) + "/acceptance", ""));

            assertThat(applications).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
            assertThat(acceptances).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(200, 422));
            Set<String> accepted = new HashSet<>();
            for (int i = 0; i < CLIENTS; i++) {
                if (acceptances.get(i).statusCode() == 200) {
                    accepted.add(places.get(i));
                } else {
                    assertThat(json.readTree(acceptances.get(i).body()).get("code").asText()).isEqualTo("NO_PLACES_LEFT");
                }
            }
            assertThat(accepted).hasSize(PLACES);

            JdbcTemplate events = tracker.commandService().getBean(JdbcTemplate.class);
            assertThat(events.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, recruitment)).isEqualTo(1 + CLIENTS + PLACES);

            JsonNode board = await().atMost(Duration.ofSeconds(30)).until(
                    () -> board(tracker, recruitment), view -> view != null && view.get("accepted").asLong() == PLACES
                            && view.get("submitted").asLong() == CLIENTS);
            assertThat(board.get("placesLeft").asInt()).isZero();
            assertThat(StreamSupport.stream(board.get("applicants").spliterator(), false)
                    .filter(applicant -> applicant.get("status").asText().equals("ACCEPTED"))
                    .map(applicant -> applicant.get("municipalityId").asText()).collect(Collectors.toSet()))
                    .isEqualTo(accepted);
            assertThat(board.get("applicants")).hasSize(CLIENTS);
        }
    }

    private JsonNode board(AllInOne tracker, String recruitment) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + tracker.queryPort() + "/api/recruitments/" + recruitment))
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.VIEWER)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    private List<HttpResponse<String>> race(IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                HttpRequest next = request.apply(i);
                Callable<HttpResponse<String>> client = () -> {
                    start.await();
                    return http.send(next, HttpResponse.BodyHandlers.ofString());
                };
                futures.add(pool.submit(client));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String created(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("aggregateId").asText();
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
