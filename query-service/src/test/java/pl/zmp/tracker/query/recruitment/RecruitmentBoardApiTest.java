package pl.zmp.tracker.query.recruitment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.municipality.MunicipalityView;
import pl.zmp.tracker.query.project.ProjectView;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RecruitmentBoardApiTest extends QueryServiceIntegrationTest {

    static final String OPEN = "00000000-0000-0000-0000-0000000000e1";
    static final String CLOSED = "00000000-0000-0000-0000-0000000000e2";
    static final String PROJECT = "00000000-0000-0000-0000-0000000000e3";
    static final String TYCHY = "00000000-0000-0000-0000-0000000000e4";
    static final String RYBNIK = "00000000-0000-0000-0000-0000000000e5";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(RecruitmentView.class);
        ProjectView project = new ProjectView(PROJECT);
        project.setTitle("Przestrzeń dla partycypacji");
        mongo.save(project);
        mongo.save(new MunicipalityView(TYCHY, "Tychy", "CITY", "PL", null, "Tychy", null, null, null, 0));
        mongo.save(new MunicipalityView(RYBNIK, "Rybnik", "CITY", "PL", null, "Rybnik", null, null, null, 0));

        RecruitmentView open = new RecruitmentView(OPEN);
        open.setProjectId(PROJECT);
        open.setRound(2);
        open.setTitle("Nabór II");
        open.setDeadline(OffsetDateTime.now().plusDays(10).truncatedTo(ChronoUnit.SECONDS));
        open.setPlaces(22);
        open.getApplications().add(new RecruitmentView.Application(TYCHY, Instant.now(), "ACCEPTED", null));
        open.getApplications().add(new RecruitmentView.Application(RYBNIK, Instant.now(), "SUBMITTED", null));
        RecruitmentView closed = new RecruitmentView(CLOSED);
        closed.setProjectId(PROJECT);
        closed.setRound(1);
        closed.setTitle("Nabór I");
        closed.setPlaces(25);
        closed.setClosed(true);
        closed.setClosedAt(Instant.parse("2018-12-31T12:00:00Z"));
        closed.getApplications().add(new RecruitmentView.Application(TYCHY, Instant.parse("2018-05-01T10:00:00Z"),
                "ACCEPTED", null));
        closed.getApplications().add(new RecruitmentView.Application(RYBNIK, Instant.parse("2018-05-02T10:00:00Z"),
                "REJECTED", "poza terminem"));
        mongo.save(open);
        mongo.save(closed);
    }

    @Test
    void showsOpenCallsWithTimeRemainingAndPlacesLeft() throws Exception {
        mvc.perform(get("/api/recruitments").param("state", "open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].projectTitle").value("Przestrzeń dla partycypacji"))
                .andExpect(jsonPath("$.items[0].secondsRemaining").value(greaterThan(800_000)))
                .andExpect(jsonPath("$.items[0].placesLeft").value(21))
                .andExpect(jsonPath("$.items[0].submitted").value(2))
                .andExpect(jsonPath("$.items[0].applicants[0].name").value("Tychy"));
    }

    @Test
    void showsClosedCallsWithTheirOutcome() throws Exception {
        mvc.perform(get("/api/recruitments").param("state", "closed"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].closed").value(true))
                .andExpect(jsonPath("$.items[0].accepted").value(1))
                .andExpect(jsonPath("$.items[0].rejected").value(1))
                .andExpect(jsonPath("$.items[0].secondsRemaining").doesNotExist())
                .andExpect(jsonPath("$.items[0].applicants[1].reason").value("poza terminem"));
        mvc.perform(get("/api/recruitments")).andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void answersOneCallAnd404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/recruitments/{id}", OPEN)).andExpect(jsonPath("$.round").value(2));
        mvc.perform(get("/api/recruitments/{id}", "00000000-0000-0000-0000-00000000ffff"))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchesPagesAndSortsTheBoard() throws Exception {
        mvc.perform(get("/api/recruitments").param("q", "nabor ii"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].round").value(2));
        // the project's title counts too
        mvc.perform(get("/api/recruitments").param("q", "PARTYCYPACJI"))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/recruitments").param("sort", "round").param("size", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].round").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/recruitments").param("sort", "round").param("direction", "desc").param("size", "1"))
                .andExpect(jsonPath("$.items[0].round").value(2));
        mvc.perform(get("/api/recruitments").param("sort", "places"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void rejectsAnUnknownState() throws Exception {
        mvc.perform(get("/api/recruitments").param("state", "pending"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }
}
