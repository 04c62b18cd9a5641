package pl.zmp.tracker.query.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.projection.LiveReadModels;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.zmp.tracker.query.WaitingRequests.perform;

/** A client that passes the position its command answered with reads its own write. */
class ReadYourWritesTest extends QueryServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    /** A test may hold the live read models back; the others need them running. */
    @AfterEach
    void releaseTheProjection() throws InterruptedException {
        resume(liveReadModels());
    }

    @Test
    void answersOnceTheProjectionsHaveReachedTheRequestedPosition() throws Exception {
        MunicipalityId id = MunicipalityId.newId();
        long position = append(id, "Gąbin");

        perform(mvc, get("/api/municipalities/{id}", id.value()).header("X-Min-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Gąbin"));
    }

    @Test
    void acceptsThePositionAsAParameterToo() throws Exception {
        MunicipalityId id = MunicipalityId.newId();
        long position = append(id, "Jemilczyne");

        perform(mvc, get("/api/municipalities/{id}", id.value()).param("minPosition", Long.toString(position)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jemilczyne"));
    }

    @Test
    void aWaitHoldsNoRequestThreadAndIsAnsweredOnceTheProjectionCatchesUp() throws Exception {
        liveReadModels().shutDown();
        MunicipalityId id = MunicipalityId.newId();
        long position = append(id, "Rozdziele");

        // the request thread is handed back while the read model is behind
        MvcResult waiting = mvc.perform(get("/api/municipalities/{id}", id.value()).header("X-Min-Position", position))
                .andExpect(request().asyncStarted())
                .andReturn();
        resume(liveReadModels());

        mvc.perform(asyncDispatch(waiting))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Rozdziele"));
    }

    @Test
    void answers503WithRetryAfterWhenTheProjectionsDoNotGetThereInTime() throws Exception {
        liveReadModels().shutDown();
        long behind = append(MunicipalityId.newId(), "Wola Zarzycka");

        perform(mvc, get("/api/municipalities").header("X-Min-Position", behind))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("PROJECTIONS_BEHIND"))
                .andExpect(jsonPath("$.requestedPosition").value(behind));
    }

    @Test
    void refusesAtOnceAPositionBeyondTheNewestEventInTheStore() throws Exception {
        long beyond = head() + 1_000;

        mvc.perform(get("/api/municipalities").header("X-Min-Position", beyond))
                .andExpect(request().asyncNotStarted())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("X-Min-Position"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("beyond")));
        mvc.perform(get("/api/municipalities").param("minPosition", "999999999"))
                .andExpect(request().asyncNotStarted())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minPosition"));
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

    private StreamingEventProcessor liveReadModels() {
        return processing.eventProcessor(LiveReadModels.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
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
