package pl.zmp.tracker.query.dashboard;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard stream pushes fresh statistics within a second of an event. */
class LiveDashboardTest extends QueryServiceIntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;

    @Test
    void sendsStatisticsAtOnceAndAgainWithinASecondOfAnEvent() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dashboard/stream"))
                        .header("Authorization", VIEWER_AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        InputStream stream = response.body();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))
                .lines().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> statisticsEvents(lines) >= 1);

            MunicipalityId id = MunicipalityId.newId();
            eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(
                    id, "Stanisziwka", MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null, null)));

            await().atMost(Duration.ofSeconds(1)).until(() -> statisticsEvents(lines) >= 2);
            assertThat(lines).anyMatch(line -> line.startsWith("data:") && line.contains("\"projectsByStatus\""));
        } finally {
            stream.close();
        }
    }

    private static long statisticsEvents(List<String> lines) {
        return lines.stream().filter(line -> line.equals("event:statistics")).count();
    }
}
