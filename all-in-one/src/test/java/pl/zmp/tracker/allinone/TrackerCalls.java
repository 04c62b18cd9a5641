package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser test does beside the browser, over the APIs: "someone else" sending a command, and reading what
 * the event store holds (the audit export) or what the query side serves.
 */
final class TrackerCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AllInOne tracker;

    TrackerCalls(AllInOne tracker) {
        this.tracker = tracker;
    }

    /** A command sent as the coordinator; its receipt ({@code aggregateId}, {@code version}, {@code globalPosition}). */
    JsonNode command(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + tracker.commandPort() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR))
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
        return json.readTree(response.body());
    }

    /** A document of the query API as this user reads it, once the query side has reached the position. */
    JsonNode query(String pathAndQuery, String user, long minPosition) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + tracker.queryPort() + pathAndQuery))
                        .header("Authorization", DemoUsers.basicAuthorization(user))
                        .header("X-Min-Position", Long.toString(minPosition)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** How many events of this type the event store holds for this aggregate (the auditor's CSV export). */
    long auditEvents(String aggregateId, String eventType) throws IOException, InterruptedException {
        return auditExport(aggregateId, eventType).lines().skip(1).filter(line -> !line.isBlank()).count();
    }

    /** The auditor's CSV export of one aggregate's events of one type. */
    String auditExport(String aggregateId, String eventType) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + tracker.queryPort() + "/api/audit/events/export?format=csv&aggregateId=" + aggregateId
                                + "&eventType=" + eventType))
                        .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.AUDITOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
