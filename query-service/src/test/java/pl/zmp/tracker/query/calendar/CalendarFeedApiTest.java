package pl.zmp.tracker.query.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalendarFeedApiTest extends QueryServiceIntegrationTest {

    static final String EXPELLED_PROJECT = "00000000-0000-0000-0000-00000000c001";
    static final String OTHER_PROJECT = "00000000-0000-0000-0000-00000000c002";
    static final String EXPELLED = "00000000-0000-0000-0000-00000000c010";
    static final String CALL = "00000000-0000-0000-0000-00000000c020";
    static final String OTHER_CALL = "00000000-0000-0000-0000-00000000c021";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(ExhibitionView.class);
        mongo.dropCollection(RecruitmentView.class);
        mongo.dropCollection(ProjectView.class);
        ProjectView project = new ProjectView(EXPELLED_PROJECT);
        project.setTitle("Wypędzeni 1939… Sztuka pamięci");
        mongo.save(project);

        ExhibitionView expelled = new ExhibitionView(EXPELLED);
        expelled.setTitle("Wypędzeni 1939…");
        expelled.setProjectId(EXPELLED_PROJECT);
        expelled.getShowings().add(new ExhibitionView.Showing("szczecin", "Muzeum Narodowe w Szczecinie", "Szczecin",
                "PL", LocalDate.parse("2018-03-29"), LocalDate.parse("2018-04-06"),
                List.of("pokazy filmowe", "warsztaty dla młodzieży"), false, null));
        expelled.getShowings().add(new ExhibitionView.Showing("poznan", "Zamek", "Poznań", "PL",
                LocalDate.parse("2018-12-01"), LocalDate.parse("2018-12-20"), List.of(), true, "remont sali; przeniesiona"));
        mongo.save(expelled);

        RecruitmentView call = new RecruitmentView(CALL);
        call.setProjectId(EXPELLED_PROJECT);
        call.setRound(1);
        call.setTitle("Nabór gmin – Łódź, Kraków");
        call.setDeadline(OffsetDateTime.parse("2018-04-17T23:59:59+02:00"));
        call.setPlaces(25);
        RecruitmentView other = new RecruitmentView(OTHER_CALL);
        other.setProjectId(OTHER_PROJECT);
        other.setRound(2);
        other.setTitle("Nabór II");
        other.setDeadline(OffsetDateTime.parse("2030-01-15T12:00:00+01:00"));
        RecruitmentView noDeadline = new RecruitmentView("00000000-0000-0000-0000-00000000c022");
        noDeadline.setProjectId(OTHER_PROJECT);
        noDeadline.setTitle("Nabór bez terminu");
        mongo.save(call);
        mongo.save(other);
        mongo.save(noDeadline);
    }

    @Test
    void feedParsesBackAsAValidCalendarWithShowingsAndDeadlines() throws Exception {
        String body = mvc.perform(get("/api/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // RFC 5545: lines end with CRLF
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertThat(calendar.validate().getEntries()).as("validation of the feed parsed back").isEmpty();
        assertThat(value(calendar.getProperty(Property.VERSION).orElseThrow())).isEqualTo("2.0");
        assertThat(value(calendar.getProperty(Property.PRODID).orElseThrow())).isEqualTo(CalendarFeed.PRODUCT);
        assertThat(value(calendar.getProperty("X-WR-CALNAME").orElseThrow())).isEqualTo("ZMP: wystawy i nabory");

        Map<String, VEvent> events = byUid(calendar);
        assertThat(events.keySet()).containsExactlyInAnyOrder(
                "showing-" + EXPELLED + "-szczecin@zmp-tracker",
                "showing-" + EXPELLED + "-poznan@zmp-tracker",
                "recruitment-deadline-" + CALL + "@zmp-tracker",
                "recruitment-deadline-" + OTHER_CALL + "@zmp-tracker");

        VEvent szczecin = events.get("showing-" + EXPELLED + "-szczecin@zmp-tracker");
        assertThat(szczecin.getSummary().getValue()).isEqualTo("Wypędzeni 1939… – Muzeum Narodowe w Szczecinie, Szczecin");
        // all day, the end exclusive: the showing's last day is 6 April
        assertThat(szczecin.getDateTimeStart().<Temporal>getDate()).isEqualTo(LocalDate.parse("2018-03-29"));
        assertThat(szczecin.getDateTimeEnd().<Temporal>getDate()).isEqualTo(LocalDate.parse("2018-04-07"));
        assertThat(szczecin.getLocation().getValue()).isEqualTo("Muzeum Narodowe w Szczecinie, Szczecin, PL");
        assertThat(szczecin.getDescription().getValue())
                .contains("Projekt: Wypędzeni 1939… Sztuka pamięci")
                .contains("warsztaty dla młodzieży");
        assertThat(szczecin.getStatus().getValue()).isEqualTo("CONFIRMED");

        VEvent poznan = events.get("showing-" + EXPELLED + "-poznan@zmp-tracker");
        assertThat(poznan.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(poznan.getDescription().getValue()).contains("Odwołana: remont sali; przeniesiona");

        VEvent deadline = events.get("recruitment-deadline-" + CALL + "@zmp-tracker");
        assertThat(Instant.from(deadline.getDateTimeStart().<Temporal>getDate()))
                .isEqualTo(Instant.parse("2018-04-17T21:59:59Z"));
        assertThat(deadline.getSummary().getValue())
                .isEqualTo("Termin naboru: Nabór gmin – Łódź, Kraków (Wypędzeni 1939… Sztuka pamięci)");
        assertThat(deadline.getDescription().getValue()).contains("Miejsc: 25");
    }

    @Test
    void uidsStayTheSameFromOneFetchToTheNext() throws Exception {
        assertThat(byUid(fetch(null)).keySet()).isEqualTo(byUid(fetch(null)).keySet());
    }

    @Test
    void filtersByProject() throws Exception {
        assertThat(byUid(fetch(OTHER_PROJECT)).keySet())
                .containsExactly("recruitment-deadline-" + OTHER_CALL + "@zmp-tracker");
        assertThat(byUid(fetch(EXPELLED_PROJECT))).hasSize(3);
        Calendar none = fetch("00000000-0000-0000-0000-00000000ffff");
        assertThat(none.getComponents()).isEmpty();
    }

    @Test
    void rejectsAnInvalidProjectIdWithProblemJson() throws Exception {
        mvc.perform(get("/api/calendar.ics").param("projectId", "Robert'); DROP TABLE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("projectId"));
    }

    @Test
    void calendarProgramsSubscribeWithoutSigningIn() throws Exception {
        String body = mvc.perform(get("/api/calendar.ics").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(new CalendarBuilder().build(new StringReader(body)).getComponents()).isNotEmpty();
        mvc.perform(get("/api/calendar.ics").with(user("operator").roles("ADMIN")))
                .andExpect(status().isOk());
        // the rest of the query API still asks for sign-in
        mvc.perform(get("/api/exhibitions").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private Calendar fetch(String projectId) throws Exception {
        var request = get("/api/calendar.ics");
        if (projectId != null) {
            request.param("projectId", projectId);
        }
        String body = mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(event -> event.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static String value(Property property) {
        return property.getValue();
    }
}
