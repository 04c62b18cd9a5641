package pl.zmp.tracker.query.infra;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A client that passes the position its command answered with reads its own write. */
class ReadYourWritesTest extends QueryServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void answersOnceTheProjectionsHaveReachedTheRequestedPosition() throws Exception {
        MunicipalityId id = MunicipalityId.newId();
        long position = append(id, "Gąbin");

        mvc.perform(get("/api/municipalities/{id}", id.value()).header("X-Min-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Gąbin"));
    }

    @Test
    void acceptsThePositionAsAParameterToo() throws Exception {
        MunicipalityId id = MunicipalityId.newId();
        long position = append(id, "Jemilczyne");

        mvc.perform(get("/api/municipalities/{id}", id.value()).param("minPosition", Long.toString(position)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jemilczyne"));
    }

    @Test
    void answers503WithRetryAfterWhenTheProjectionsDoNotGetThereInTime() throws Exception {
        long beyond = head() + 1_000;

        mvc.perform(get("/api/municipalities").header("X-Min-Position", beyond))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("PROJECTIONS_BEHIND"))
                .andExpect(jsonPath("$.requestedPosition").value(beyond));
    }

    @Test
    void rejectsAPositionThatIsNotANumber() throws Exception {
        mvc.perform(get("/api/municipalities").param("minPosition", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minPosition"));
        mvc.perform(get("/api/municipalities").header("X-Min-Position", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Min-Position"));
    }

    private long append(MunicipalityId id, String name) {
        eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(
                id, name, MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null, null)));
        return head();
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }
}
