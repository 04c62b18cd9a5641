package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.command.SignedIn;
import pl.zmp.tracker.platform.teryt.TercRegister;
import pl.zmp.tracker.values.TercCode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients racing commands over HTTP on the same aggregates, sent to two command-service instances
 * that share one PostgreSQL event store (a schema of their own, dropped afterwards), as when the
 * service is scaled out: every command gets a real answer, an accepted one has all its events
 * stored, a refused one left nothing.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConcurrentCommandsTest {

    private static final int RACERS = 50;

    private static CommandServiceInstances instances;
    private static JdbcTemplate store;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoInstances() {
        instances = CommandServiceInstances.start(2, "races");
        store = instances.store();
    }

    @AfterAll
    static void stopAndDropSchema() {
        instances.close();
    }

    @Test
    void racingEnrolmentsInOneProjectAreAllJudgedAndEveryAcceptedOneIsStored() throws Exception {
        String project = registerProject();
        List<String> places = registerForeignPlaces(40);
        // 40 different municipalities, and 10 of them a second time
        List<String> enrolled = new ArrayList<>(places);
        enrolled.addAll(places.subList(0, 10));

        List<Answer> answers = race(enrolled.size(), i -> post("/api/projects/" + project + "/participants",
                "{\"municipalityId\":\"" + enrolled.get(i) + "\",\"role\":\"PARTICIPATING_PLACE\"}", i));

        assertThat(statuses(answers)).containsOnlyKeys("200", "409 ALREADY_ENROLLED")
                .containsEntry("200", 40L).containsEntry("409 ALREADY_ENROLLED", 10L);
        assertEveryAcceptedCommandStored(answers);
        assertThat(eventCount(project)).isEqualTo(1 + 40);
        assertThat(store.queryForObject("select count(distinct payload) from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like '%MunicipalityEnrolled'", Long.class, project))
                .isEqualTo(40);
    }

    @Test
    void racingRegistrationsOfTheSameCodesRegisterEachCodeOnce() throws Exception {
        List<String> codes = new TercRegister().findAllCodes().stream().map(TercCode::value)
                .filter(code -> code.length() == 7).limit(RACERS / 2).toList();

        List<Answer> answers = race(RACERS, i -> post("/api/municipalities",
                "{\"name\":\"racer " + i + "\",\"tercCode\":\"" + codes.get(i % codes.size())
                        + "\",\"nameIsLocalSpelling\":true}", i));

        assertThat(statuses(answers)).containsOnlyKeys("201", "409 DUPLICATE_CODE")
                .containsEntry("201", (long) codes.size()).containsEntry("409 DUPLICATE_CODE", (long) codes.size());
        assertEveryAcceptedCommandStored(answers);
        for (Answer answer : answers) {
            assertThat(eventCount(answer.body().path("aggregateId").asText()))
                    .isEqualTo(answer.status() == 201 ? 1 : 0);
        }
        assertThat(store.queryForObject("select count(*) from unique_claim where claim in ("
                + codes.stream().map(code -> "'PL:" + code + "'").collect(Collectors.joining(",")) + ")", Long.class))
                .isEqualTo(codes.size());
    }

    @Test
    void sixtyRacingAcceptancesFillTwentyPlacesAndNoMore() throws Exception {
        String project = registerProject();
        List<String> places = registerForeignPlaces(60);
        String recruitment = created(post("/api/recruitments", "{\"projectId\":\"" + project + "\",\"round\":1,"
                + "\"title\":\"Nabór\",\"deadline\":\"2100-01-01T00:00:00+01:00\",\"places\":20}", 0));

        List<Answer> applications = race(places.size(), i -> post("/api/recruitments/" + recruitment + "/applications",
                "{\"municipalityId\":\"" + places.get(i) + "\"}", i));
        assertThat(statuses(applications)).containsOnly(Map.entry("200", 60L));
        assertEveryAcceptedCommandStored(applications);

        List<Answer> acceptances = race(places.size(), i -> post("/api/recruitments/" + recruitment
                + "/applications/" + places.get(i) + "/acceptance", "", i));

        assertThat(statuses(acceptances)).containsOnlyKeys("200", "422 NO_PLACES_LEFT")
                .containsEntry("200", 20L).containsEntry("422 NO_PLACES_LEFT", 40L);
        assertEveryAcceptedCommandStored(acceptances);
        assertThat(eventCount(recruitment)).isEqualTo(1 + 60 + 20);
    }

    private record Answer(int status, JsonNode body) {
        String outcome() {
            return status < 300 ? String.valueOf(status) : status + " " + body.path("code").asText();
        }
    }

    /** Sends all requests at once, from as many clients, and collects the answers. */
    private List<Answer> race(int clients, Function<Integer, HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                HttpRequest next = request.apply(i);
                Callable<Answer> client = () -> {
                    start.await();
                    return send(next);
                };
                futures.add(pool.submit(client));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::outcome, Collectors.counting()));
    }

    /** Each accepted command's receipt names an event that is in the store, at the version and position it said. */
    private void assertEveryAcceptedCommandStored(List<Answer> answers) {
        for (Answer answer : answers.stream().filter(a -> a.status() < 300).toList()) {
            Long position = store.queryForObject("select global_index from domain_event_entry"
                            + " where aggregate_identifier = ? and sequence_number = ?", Long.class,
                    answer.body().get("aggregateId").asText(), answer.body().get("version").asLong());
            assertThat(position).isEqualTo(answer.body().get("globalPosition").asLong());
        }
    }

    private long eventCount(String aggregateId) {
        return store.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private String registerProject() throws Exception {
        String organisation = created(post("/api/organisations",
                "{\"name\":\"Związek Miast Polskich\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}", 0));
        return created(post("/api/projects", "{\"title\":\"Wyścig\",\"reportingOrganisationId\":\"" + organisation
                + "\",\"plannedPeriod\":{\"from\":\"2026-01-01\",\"to\":\"2099-12-31\"}}", 0));
    }

    private List<String> registerForeignPlaces(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i : IntStream.range(0, count).toArray()) {
            ids.add(created(post("/api/municipalities", "{\"name\":\"Stadt " + i + "\",\"country\":\"DE\"}", i)));
        }
        return ids;
    }

    private String created(HttpRequest request) throws Exception {
        Answer answer = send(request);
        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(201);
        return answer.body().get("aggregateId").asText();
    }

    /** Client i talks to instance i mod 2. */
    private static HttpRequest post(String path, String body, int client) {
        return HttpRequest.newBuilder(URI.create(instances.baseUrl(client) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", SignedIn.COORDINATOR_AUTHORIZATION)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? json.nullNode() : json.readTree(response.body()));
    }
}
