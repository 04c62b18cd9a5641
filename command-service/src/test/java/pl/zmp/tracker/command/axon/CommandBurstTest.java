package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.command.SignedIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bursts of simultaneous commands over HTTP on PostgreSQL, as a hostile or merely busy client sends
 * them: on one aggregate, on many aggregates, and on one aggregate through two instances. Every
 * command is answered within 10 s, none with a 5xx, and the events stored are exactly those of the
 * commands answered with 2xx: no accepted command is missing, no refused one was stored; through two
 * instances, the aggregate's hash chain verifies.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CommandBurstTest {

    private static final Duration ALL_ANSWERED_WITHIN = Duration.ofSeconds(10);

    private static CommandServiceInstances instances;
    private static JdbcTemplate store;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoInstances() {
        instances = CommandServiceInstances.start(2, "burst");
        store = instances.store();
    }

    @AfterAll
    static void stopAndDropSchema() {
        instances.close();
    }

    @Test
    void fiveHundredSimultaneousCommandsOnOneAggregateAreAllAnsweredTruthfully() throws Exception {
        String project = registerProject(0);

        Burst burst = burst(500, i -> budgetLine(project, i, 0));

        burst.assertAllAcceptedInTime(500);
        assertStoredExactlyTheAcceptedOnes(burst.answers(), Set.of(project));
    }

    @Test
    void fiveHundredSimultaneousCommandsOnFiveHundredAggregatesAreAllAnsweredTruthfully() throws Exception {
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            projects.add(registerProject(i));
        }

        Burst burst = burst(500, i -> budgetLine(projects.get(i), i, i));

        burst.assertAllAcceptedInTime(500);
        assertStoredExactlyTheAcceptedOnes(burst.answers(), Set.copyOf(projects));
    }

    @Test
    void twoHundredSimultaneousCommandsOnOneAggregateThroughTwoInstancesAreAllAnsweredTruthfully() throws Exception {
        String project = registerProject(0);

        Burst burst = burst(200, i -> budgetLine(project, i, i));

        burst.assertAllAcceptedInTime(200);
        assertStoredExactlyTheAcceptedOnes(burst.answers(), Set.of(project));
        // each instance continued the chain from the tip it read after waiting for the other's lock
        assertHashChainVerified(project);
    }

    private void assertHashChainVerified(String aggregateId) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(instances.baseUrl(0) + "/api/audit/verify?aggregateId=" + aggregateId))
                .header("Authorization", "Basic YXVkaXRvcjphdWRpdG9y") // auditor:auditor
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("verified").asBoolean()).as(answer.body()).isTrue();
    }

    private record Answer(int status, JsonNode body) {
        String outcome() {
            return status < 300 ? String.valueOf(status) : status + " " + body.path("code").asText();
        }
    }

    private record Burst(List<Answer> answers, Duration took) {
        Map<String, Long> outcomes() {
            return answers.stream().collect(Collectors.groupingBy(Answer::outcome, Collectors.counting()));
        }

        /** Every command answered 200 and the whole burst within the limit; the figures are printed for the record. */
        void assertAllAcceptedInTime(long commands) {
            System.out.printf("burst of %d commands answered in %d ms: %s%n", commands, took.toMillis(), outcomes());
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(outcomes()).as("answers").containsOnly(Map.entry("200", commands));
                soft.assertThat(took).as("time to answer the whole burst").isLessThan(ALL_ANSWERED_WITHIN);
            });
        }
    }

    /** Sends all requests at once (HTTP/1.1, a connection each) and collects every answer. */
    private Burst burst(int count, IntFunction<HttpRequest> request) {
        List<HttpRequest> requests = IntStream.range(0, count).mapToObj(request).toList();
        long start = System.nanoTime();
        List<CompletableFuture<Answer>> answers = requests.stream()
                .map(next -> http.sendAsync(next, HttpResponse.BodyHandlers.ofString()).thenApply(this::answer))
                .toList();
        List<Answer> all = answers.stream().map(CompletableFuture::join).toList();
        return new Burst(all, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Every 2xx names an event that is stored at the version and global position it said; the store
     * holds no event of these aggregates beyond their registration and the accepted commands.
     */
    private void assertStoredExactlyTheAcceptedOnes(List<Answer> answers, Set<String> aggregates) {
        List<Answer> accepted = answers.stream().filter(a -> a.status() < 300).toList();
        for (Answer answer : accepted) {
            Long position = store.queryForObject("select global_index from domain_event_entry"
                            + " where aggregate_identifier = ? and sequence_number = ?", Long.class,
                    answer.body().get("aggregateId").asText(), answer.body().get("version").asLong());
            assertThat(position).isEqualTo(answer.body().get("globalPosition").asLong());
        }
        long stored = aggregates.stream().mapToLong(id -> store.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%BudgetLineAdded'", Long.class, id)).sum();
        assertThat(stored).isEqualTo(accepted.size());
    }

    private String registerProject(int client) throws Exception {
        String organisation = organisation();
        Answer answer = answer(http.send(post("/api/projects", "{\"title\":\"Nawałnica\",\"reportingOrganisationId\":\""
                + organisation + "\"}", client), HttpResponse.BodyHandlers.ofString()));
        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(201);
        return answer.body().get("aggregateId").asText();
    }

    private String organisationId;

    private String organisation() throws Exception {
        if (organisationId == null) {
            Answer answer = answer(http.send(post("/api/organisations",
                    "{\"name\":\"Związek Miast Polskich\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}", 0),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(201);
            organisationId = answer.body().get("aggregateId").asText();
        }
        return organisationId;
    }

    /** Bodies differ by label and amount, as in the reported burst. */
    private static HttpRequest budgetLine(String project, int i, int client) {
        return post("/api/projects/" + project + "/budget-lines", "{\"year\":2026,\"label\":\"linia " + i
                + "\",\"amount\":{\"amount\":" + (1000 + i) + ".00,\"currency\":\"PLN\"}}", client);
    }

    /** Client i talks to instance i mod 2. */
    private static HttpRequest post(String path, String body, int client) {
        return HttpRequest.newBuilder(URI.create(instances.baseUrl(client) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", SignedIn.COORDINATOR_AUTHORIZATION)
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private Answer answer(HttpResponse<String> response) {
        try {
            return new Answer(response.statusCode(),
                    response.body().isEmpty() ? json.nullNode() : json.readTree(response.body()));
        } catch (Exception unreadable) {
            throw new IllegalStateException("unreadable answer " + response.statusCode() + ": " + response.body(),
                    unreadable);
        }
    }
}
