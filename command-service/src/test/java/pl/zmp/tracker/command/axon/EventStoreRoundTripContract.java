package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.command.SignedIn;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.values.MunicipalityKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same event-store round trip, run against each database the event store supports. */
abstract class EventStoreRoundTripContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storesEventAsReadableJsonWithMetadataAndReportsItsGlobalPosition() throws Exception {
        JsonNode receipt = register("{\"name\":\"Sołec Zdrój\",\"tercCode\":\"2601052\"}", 201);
        String id = receipt.get("aggregateId").asText();

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).hasSize(1);
        MunicipalityRegistered event = (MunicipalityRegistered) events.get(0).getPayload();
        assertThat(event.officialName()).isEqualTo("Solec-Zdrój");
        assertThat(event.kind()).isEqualTo(MunicipalityKind.RURAL_GMINA);
        assertThat(events.get(0).getMetaData())
                .containsEntry(CommandMetadata.ACTOR, SignedIn.USER)
                .containsEntry(CommandMetadata.COMMAND_NAME, "RegisterMunicipality")
                .containsKeys(CommandMetadata.CORRELATION_ID, CommandMetadata.CAUSATION_ID, CommandMetadata.COMMAND_TIME);

        Map<String, Object> row = jdbc.queryForMap(
                "select global_index, payload, payload_type, payload_revision, meta_data from domain_event_entry"
                        + " where aggregate_identifier = ?", id);
        assertThat(((Number) row.get("global_index")).longValue()).isEqualTo(receipt.get("globalPosition").asLong());
        assertThat(row.get("payload_type")).isEqualTo(MunicipalityRegistered.class.getName());
        assertThat(row.get("payload_revision")).isEqualTo("2"); // revision 2 added occurredOn
        JsonNode payload = json.readTree((String) row.get("payload"));
        assertThat(Instant.parse(payload.get("occurredOn").asText())).isEqualTo(event.occurredOn());
        assertThat(payload.get("tercCode").asText()).isEqualTo("2601052");
        assertThat(payload.get("name").asText()).isEqualTo("Sołec Zdrój");
        assertThat(json.readTree((String) row.get("meta_data")).get("actor").asText()).isEqualTo(SignedIn.USER);
    }

    @Test
    void rejectsDuplicateTercCodeWithoutWritingAnything() throws Exception {
        register("{\"name\":\"Sopot\",\"tercCode\":\"2264011\"}", 201);
        long before = countEvents();

        register("{\"name\":\"Miasto Sopot\",\"tercCode\":\"2264011\"}", 409);

        assertThat(countEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from unique_claim where claim = 'PL:2264011'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void leavesNoCodeClaimWhenTheCommandIsRejectedLater() throws Exception {
        String id = "0b0e7f0c-3a0b-4c6a-9a3f-6f7f10c0ffee";
        register("{\"id\":\"" + id + "\",\"name\":\"Oława\",\"tercCode\":\"0215011\"}", 201);
        long before = countEvents();

        // the same id again: the code claim passes (same holder) but the stream exists
        register("{\"id\":\"" + id + "\",\"name\":\"Oława\",\"tercCode\":\"0215011\"}", 409);

        assertThat(countEvents()).isEqualTo(before);
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private JsonNode register(String body, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(post("/api/municipalities")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }
}
