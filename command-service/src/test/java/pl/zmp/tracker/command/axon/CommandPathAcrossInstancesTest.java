package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one instance keeps for a command (the aggregate's tip read with its lock, the hash chain continued
 * from it, aggregates known to exist, the position returned by the append) stays true when another
 * instance writes the same aggregates on the same PostgreSQL.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CommandPathAcrossInstancesTest {

    private static final String AUDITOR_AUTHORIZATION = "Basic YXVkaXRvcjphdWRpdG9y"; // auditor:auditor

    private static CommandServiceInstances instances;
    private static JdbcTemplate store;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoInstances() {
        instances = CommandServiceInstances.start(2, "path");
        store = instances.store();
    }

    @AfterAll
    static void stopAndDropSchema() {
        instances.close();
    }

    @Test
    void commandsOnOneAggregateAlternatingBetweenInstancesKeepItsHashChainAndTheirReceiptsTrue() throws Exception {
        // the organisation is committed by instance 0; instance 1 has not seen it and finds it in the store
        String organisation = created(0, "/api/organisations",
                "{\"name\":\"Związek Miast Polskich\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}").get("aggregateId").asText();
        String project = created(1, "/api/projects", "{\"title\":\"Sztafeta\",\"reportingOrganisationId\":\""
                + organisation + "\"}").get("aggregateId").asText();

        for (int i = 0; i < 12; i++) {
            JsonNode receipt = send(i % 2, "/api/projects/" + project + "/budget-lines", "{\"year\":2026,\"label\":\"linia "
                    + i + "\",\"amount\":{\"amount\":" + (100 + i) + ".00,\"currency\":\"PLN\"}}");
            assertThat(receipt.get("version").asLong()).as("version after command %d", i).isEqualTo(i + 1);
            assertThat(receipt.get("globalPosition").asLong()).as("position the append returned")
                    .isEqualTo(store.queryForObject("select global_index from domain_event_entry"
                            + " where aggregate_identifier = ? and sequence_number = ?", Long.class, project, i + 1));
        }

        for (int instance = 0; instance < 2; instance++) {
            JsonNode verification = get(instance, "/api/audit/verify?aggregateId=" + project);
            assertThat(verification.get("verified").asBoolean()).as("chain as verified by instance %d: %s",
                    instance, verification).isTrue();
            assertThat(verification.get("eventsChecked").asLong()).isEqualTo(13);
        }
    }

    @Test
    void anAggregateThatDoesNotExistIsRefusedByEveryInstance() throws Exception {
        String nobody = UUID.randomUUID().toString();
        for (int instance = 0; instance < 2; instance++) {
            HttpResponse<String> answer = http.send(post(instance, "/api/projects",
                    "{\"title\":\"Widmo\",\"reportingOrganisationId\":\"" + nobody + "\"}"), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
            assertThat(json.readTree(answer.body()).get("code").asText()).isEqualTo("UNKNOWN_ORGANISATION");
        }
    }

    private JsonNode created(int instance, String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(post(instance, path, body), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private JsonNode send(int instance, String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(post(instance, path, body), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return json.readTree(answer.body());
    }

    private JsonNode get(int instance, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + path))
                .header("Authorization", AUDITOR_AUTHORIZATION).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static HttpRequest post(int instance, String path, String body) {
        return HttpRequest.newBuilder(URI.create(instances.baseUrl(instance) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", SignedIn.COORDINATOR_AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
