package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

/** Both services in one process, over HTTP, across a restart on the same data folder. */
class AllInOneRestartTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void keepsEverythingAcrossARestartWithoutProjectingAnyEventTwice() throws Exception {
        String[] args = {"--tracker.data-dir=" + dataDir, "--tracker.command-port=0", "--tracker.query-port=0", "--tracker.console-port=0",
                "--tracker.load-seed=false"};
        JsonNode warszawa;
        try (AllInOne first = AllInOne.start(args)) {
            JsonNode receipt = post(first, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}", 201);
            assertThat(receipt.get("globalPosition").asLong()).isPositive();

            warszawa = awaitMunicipality(first, receipt.get("aggregateId").asText());
            assertThat(warszawa.get("officialName").asText()).isEqualTo("Warszawa");
            assertThat(warszawa.get("kind").asText()).isEqualTo("CITY");
        }

        try (AllInOne second = AllInOne.start(args)) {
            assertThat(get(second, "/api/municipalities").get("items")).containsExactly(warszawa);
            post(second, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}", 409);

            JsonNode gdansk = post(second, "{\"name\":\"Gdańsk\",\"tercCode\":\"2261011\"}", 201);
            awaitMunicipality(second, gdansk.get("aggregateId").asText());

            assertThat(get(second, "/api/municipalities").get("items")).hasSize(2).contains(warszawa);
            assertThat(eventsProjectedSinceStart(second)).isEqualTo(1);
        }
    }

    private long eventsProjectedSinceStart(AllInOne allInOne) {
        Counter projected = allInOne.queryService().getBean(MeterRegistry.class)
                .find("tracker.projection.events").tag("processor", "live-read-models").counter();
        return projected == null ? 0 : (long) projected.count();
    }

    private JsonNode awaitMunicipality(AllInOne allInOne, String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    uri(allInOne.queryPort(), "/api/municipalities/" + id)).GET());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        }, view -> view != null);
    }

    private JsonNode post(AllInOne allInOne, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(allInOne.commandPort(), "/api/municipalities"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private JsonNode get(AllInOne allInOne, String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(allInOne.queryPort(), path)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Signed in as the demo admin, who holds every role. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", DemoUsers.basicAuthorization(DemoUsers.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
