package pl.zmp.tracker.query.municipality;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.time.Instant;
import java.time.LocalDate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Warszawa takes part in PPP (also hosting a training), Space for participation and URBACT. */
class PortfolioApiTest extends QueryServiceIntegrationTest {

    static final String WARSZAWA = "00000000-0000-0000-0000-000000000101";
    static final String OTHER = "00000000-0000-0000-0000-000000000102";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(ProjectView.class);
        mongo.dropCollection(RecruitmentView.class);
        mongo.save(new MunicipalityView(WARSZAWA, "Warszawa", "CITY", "PL", "1465011", "Warszawa", null, null, null, 0));
        ProjectView ppp = project("00000000-0000-0000-0000-000000000111", "PPP");
        ppp.getParticipants().add(new ProjectView.Participant(WARSZAWA, "PARTICIPATING_PLACE", null, true));
        ppp.getParticipants().add(new ProjectView.Participant(WARSZAWA, "TRAINING_HOST", null, true));
        ppp.getTrainings().add(new ProjectView.Training("warszawa", WARSZAWA, LocalDate.of(2018, 3, 1), 40, "PPP"));
        ProjectView space = project("00000000-0000-0000-0000-000000000112", "Przestrzeń dla partycypacji");
        space.getParticipants().add(new ProjectView.Participant(WARSZAWA, "PARTICIPATING_PLACE", null, true));
        ProjectView urbact = project("00000000-0000-0000-0000-000000000113", "URBACT");
        urbact.getParticipants().add(new ProjectView.Participant(WARSZAWA, "NETWORK_MEMBER", null, true));
        ProjectView withdrawn = project("00000000-0000-0000-0000-000000000114", "Withdrawn");
        withdrawn.getParticipants().add(new ProjectView.Participant(WARSZAWA, "PARTICIPATING_PLACE", null, false));
        ProjectView unrelated = project("00000000-0000-0000-0000-000000000115", "Unrelated");
        unrelated.getParticipants().add(new ProjectView.Participant(OTHER, "PARTICIPATING_PLACE", null, true));
        java.util.List.of(ppp, space, urbact, withdrawn, unrelated).forEach(mongo::save);
        RecruitmentView round = new RecruitmentView("00000000-0000-0000-0000-000000000121");
        round.setProjectId(space.getId());
        round.setRound(1);
        round.setTitle("Nabór I");
        round.getApplications().add(new RecruitmentView.Application(WARSZAWA, Instant.parse("2018-05-01T10:00:00Z"),
                "ACCEPTED", null));
        mongo.save(round);
    }

    @Test
    void showsEveryProjectRoleApplicationAndTrainingOfTheMunicipality() throws Exception {
        mvc.perform(get("/api/municipalities/{id}/portfolio", WARSZAWA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipality.name").value("Warszawa"))
                .andExpect(jsonPath("$.projects.length()").value(3))
                .andExpect(jsonPath("$.projects[?(@.title == 'PPP')].roles[*]").value(
                        org.hamcrest.Matchers.containsInAnyOrder("PARTICIPATING_PLACE", "TRAINING_HOST")))
                .andExpect(jsonPath("$.recruitments[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.trainings[0].attendees").value(40));
    }

    @Test
    void answersUnknownMunicipalityWith404() throws Exception {
        mvc.perform(get("/api/municipalities/{id}/portfolio", "00000000-0000-0000-0000-00000000ffff"))
                .andExpect(status().isNotFound());
    }

    private static ProjectView project(String id, String title) {
        ProjectView project = new ProjectView(id);
        project.setTitle(title);
        project.setStatus("IMPLEMENTATION");
        return project;
    }

}
