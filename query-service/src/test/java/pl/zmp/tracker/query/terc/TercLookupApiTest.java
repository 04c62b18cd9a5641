package pl.zmp.tracker.query.terc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/terc}: its answer and its refusals. */
class TercLookupApiTest extends QueryServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void answersTheBestMatchesWithCountyAndVoivodeship() throws Exception {
        mvc.perform(get("/api/terc").param("q", "sołec zdrój").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("2601052"))
                .andExpect(jsonPath("$[0].officialName").value("Solec-Zdrój"))
                .andExpect(jsonPath("$[0].kind").value("RURAL_GMINA"))
                .andExpect(jsonPath("$[0].county").value("buski"))
                .andExpect(jsonPath("$[0].voivodeship").value("ŚWIĘTOKRZYSKIE"));
    }

    @Test
    void refusesABlankQueryOrASizeOutOfRangeNamingTheParameter() throws Exception {
        mvc.perform(get("/api/terc").param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/terc").param("q", "gdańsk").param("size", "51"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/terc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }
}
