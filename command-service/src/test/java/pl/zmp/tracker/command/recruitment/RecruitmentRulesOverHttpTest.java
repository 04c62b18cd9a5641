package pl.zmp.tracker.command.recruitment;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules that need the event store and the route rules: a recruitment or exhibition is refused for a
 * project that ended, and an application recorded after the deadline needs the separately
 * authorised late-application command, whose reason the stored event keeps.
 */
@CommandServiceIntegrationTest
class RecruitmentRulesOverHttpTest {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    private static final RequestPostProcessor ADMIN = user("operator").roles("ADMIN");
    private static final String REASON = "sent by post on 1 April; the letter arrived after the deadline";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEndedProjectTakesNoRecruitmentNorExhibition() throws Exception {
        String project = project();
        send(COORDINATOR, "/api/projects/" + project + "/status", "{\"status\":\"CANCELLED\",\"reason\":\"no funding\"}")
                .andExpect(status().isOk());
        long events = events();

        send(COORDINATOR, "/api/recruitments", "{\"projectId\":\"" + project + "\",\"round\":1,\"title\":\"Nabór\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("PROJECT_ENDED"));
        send(COORDINATOR, "/api/exhibitions", "{\"projectId\":\"" + project + "\",\"title\":\"Wystawa\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("PROJECT_ENDED"));

        assertThat(events()).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from unique_claim where claim = ?", Long.class, project + ":1"))
                .as("the round stays free").isZero();
    }

    @Test
    void aRunningProjectTakesARecruitmentAndAnUnknownOneIsNamed() throws Exception {
        send(COORDINATOR, "/api/recruitments", "{\"projectId\":\"" + project() + "\",\"round\":1,\"title\":\"Nabór\"}")
                .andExpect(status().isCreated());
        send(COORDINATOR, "/api/recruitments", "{\"projectId\":\"" + UUID.randomUUID() + "\",\"round\":1,\"title\":\"Nabór\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("UNKNOWN_PROJECT"));
    }

    @Test
    void anApplicationRecordedAfterTheDeadlineNeedsTheLateApplicationCommandOfAnAdmin() throws Exception {
        String recruitment = created(send(COORDINATOR, "/api/recruitments", "{\"projectId\":\"" + project()
                + "\",\"round\":1,\"title\":\"Nabór\",\"deadline\":\"2019-04-17T23:59:59+02:00\"}"));
        String place = created(send(COORDINATOR, "/api/municipalities", "{\"name\":\"Görlitz\",\"country\":\"DE\"}"));
        String application = "{\"municipalityId\":\"" + place + "\",\"submittedAt\":\"2019-04-01T10:00:00+02:00\"";

        send(COORDINATOR, "/api/recruitments/" + recruitment + "/applications", application + "}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("RECORDED_AFTER_DEADLINE"));
        send(COORDINATOR, "/api/recruitments/" + recruitment + "/late-applications",
                application + ",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isForbidden());
        send(ADMIN, "/api/recruitments/" + recruitment + "/late-applications", application + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        send(ADMIN, "/api/recruitments/" + recruitment + "/late-applications",
                application + ",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isOk());

        String stored = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%ApplicationSubmitted'", String.class, recruitment);
        assertThat((String) JsonPath.read(stored, "$.lateRecordingReason")).isEqualTo(REASON);
        assertThat(jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%ApplicationSubmitted'", String.class, recruitment)).contains("\"operator\"");
    }

    private String project() throws Exception {
        String organisation = created(send(COORDINATOR, "/api/organisations",
                "{\"name\":\"Związek Miast Polskich\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}"));
        return created(send(COORDINATOR, "/api/projects",
                "{\"title\":\"Projekt\",\"reportingOrganisationId\":\"" + organisation + "\"}"));
    }

    private ResultActions send(RequestPostProcessor who, String path, String body) throws Exception {
        return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String created(ResultActions answer) throws Exception {
        return JsonPath.read(answer.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.aggregateId");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
