package pl.zmp.tracker.query.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

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
    void answersOneOrganisationAnd404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/organisations/{id}", ZPP)).andExpect(jsonPath("$.kind").value("ASSOCIATION"));
        mvc.perform(get("/api/organisations/{id}", "00000000-0000-0000-0000-00000000ffff"))
                .andExpect(status().isNotFound());
    }
}
