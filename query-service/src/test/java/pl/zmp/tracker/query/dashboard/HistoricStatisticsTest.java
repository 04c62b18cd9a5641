package pl.zmp.tracker.query.dashboard;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard as it stood at a moment, recomputed from the events recorded up to it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoricStatisticsTest extends QueryServiceIntegrationTest {

    private static final OrganisationId ZMP = OrganisationId.newId();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;

    @BeforeAll
    void history() {
        ProjectId exhibition = ProjectId.newId();
        ProjectId ukraine = ProjectId.newId();
        record(exhibition, 0, "2018-01-10T09:00:00Z", new ProjectRegistered(exhibition, "Wypędzeni 1939…", null, null,
                ZMP, new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 11, 23))));
        record(exhibition, 1, "2018-02-01T09:00:00Z", new ProjectStatusChanged(exhibition, ProjectStatus.PIPELINE,
                ProjectStatus.IMPLEMENTATION, null));
        record(ukraine, 0, "2019-03-01T09:00:00Z", new ProjectRegistered(ukraine, "Współpraca polsko-ukraińska", null,
                null, ZMP, null));
    }

    @Test
    void answersWithTheProjectsAsTheyStoodAtTheEndOf2018() throws Exception {
        mvc.perform(get("/api/dashboard/statistics").param("asOf", "2018-12-31T23:59:59Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projects").value(1))
                .andExpect(jsonPath("$.projectsByStatus.IMPLEMENTATION").value(1))
                .andExpect(jsonPath("$.computedAt").value("2018-12-31T23:59:59Z"))
                .andExpect(jsonPath("$.position").isNumber());
    }

    @Test
    void seesTheEarlierStatusBeforeItChanged() throws Exception {
        mvc.perform(get("/api/dashboard/statistics").param("asOf", "2018-01-31T00:00:00Z"))
                .andExpect(jsonPath("$.projects").value(1))
                .andExpect(jsonPath("$.projectsByStatus.PIPELINE").value(1))
                .andExpect(jsonPath("$.projectsByStatus.IMPLEMENTATION").value(0));
    }

    @Test
    void seesNothingBeforeTheFirstEvent() throws Exception {
        mvc.perform(get("/api/dashboard/statistics").param("asOf", "2017-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.projects").value(0))
                .andExpect(jsonPath("$.position").value(-1));
    }

    @Test
    void rejectsAMomentThatIsNotAnInstant() throws Exception {
        mvc.perform(get("/api/dashboard/statistics").param("asOf", "end of 2018"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    private void record(ProjectId project, long sequence, String at, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("Project", project.value(), sequence, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.parse(at)));
    }
}
