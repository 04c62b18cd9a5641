package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In the all-in-one the query service's event store reads what the command service commits at once: with its
 * poll set to 30 s, a query that waits for a command's global position (at most 5 s) still answers 200.
 */
class AllInOneReadsCommitsAtOnceTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aQueryForTheWriteJustMadeIsAnsweredWithoutWaitingForThePoll() throws Exception {
        try (AllInOne tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0", "--tracker.load-seed=false",
                "--tracker.event-store.fetch-delay=30s")) {
            // the first command's events bring the live read models to the head of the store
            String warszawa = register(tracker, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}")
                    .get("aggregateId").asText();
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> query(tracker, "/api/municipalities/" + warszawa, 0).statusCode() == 200);

            JsonNode gdansk = register(tracker, "{\"name\":\"Gdańsk\",\"tercCode\":\"2261011\"}");

            HttpResponse<String> answer = query(tracker, "/api/municipalities/" + gdansk.get("aggregateId").asText(),
                    gdansk.get("globalPosition").asLong());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(json.readTree(answer.body()).get("officialName").asText()).isEqualTo("Gdańsk");
        }
    }

    private JsonNode register(AllInOne tracker, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(tracker.commandPort(), "/api/municipalities"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    /** A query that waits (at most the query service's 5 s) until the read models reached {@code minPosition}. */
    private HttpResponse<String> query(AllInOne tracker, String path, long minPosition)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(tracker.queryPort(), path))
                .header("X-Min-Position", Long.toString(minPosition)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", DemoUsers.basicAuthorization(DemoUsers.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
