package pl.zmp.tracker.query.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationQueryApiTest extends QueryServiceIntegrationTest {

    static final String ZPP = "00000000-0000-0000-0000-000000000201";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(OrganisationView.class);
        mongo.save(new OrganisationView(ZPP, "Związek Powiatów Polskich", "ZPP", "ASSOCIATION", "PL", null, null, 0));
        mongo.save(new OrganisationView("00000000-0000-0000-0000-000000000202", "Fundacja Centrum PPP", null,
                "FOUNDATION", "PL", null, null, 0));
    }

    @Test
    void listsOrganisationsByName() throws Exception {
        mvc.perform(get("/api/organisations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Fundacja Centrum PPP"))
                .andExpect(jsonPath("$.items[1].shortName").value("ZPP"));
    }

    @Test
    void sortsNamesInPolishCollationAndSearchesWithoutDiacritics() throws Exception {
        mongo.save(new OrganisationView("00000000-0000-0000-0000-000000000203", "Śląski Związek Gmin", "ŚZGiP",
                "ASSOCIATION", "PL", null, null, 0));
        mongo.save(new OrganisationView("00000000-0000-0000-0000-000000000204", "Stowarzyszenie Metropolia", null,
                "ASSOCIATION", "PL", null, null, 0));

        mvc.perform(get("/api/organisations"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Fundacja Centrum PPP",
                        "Stowarzyszenie Metropolia", "Śląski Związek Gmin", "Związek Powiatów Polskich")))
                .andExpect(jsonPath("$.totalItems").value(4));
        mvc.perform(get("/api/organisations").param("q", "zwiazek"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Śląski Związek Gmin", "Związek Powiatów Polskich")));
        mvc.perform(get("/api/organisations").param("q", "zpp"))
                .andExpect(jsonPath("$.items[*].shortName").value(contains("ZPP")));
        mvc.perform(get("/api/organisations").param("sort", "shortName").param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items[0].shortName").value("ZPP"))
                .andExpect(jsonPath("$.totalPages").value(4));
        mvc.perform(get("/api/organisations").param("sort", "krs"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void answersOneOrganisationAnd404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/organisations/{id}", ZPP)).andExpect(jsonPath("$.kind").value("ASSOCIATION"));
        mvc.perform(get("/api/organisations/{id}", "00000000-0000-0000-0000-00000000ffff"))
                .andExpect(status().isNotFound());
    }
}
