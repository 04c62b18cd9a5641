package pl.zmp.tracker.query.municipality;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.SignedIn;
import pl.zmp.tracker.query.infra.ProjectionProgress;

import java.util.List;
import java.util.Optional;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SignedIn
@WebMvcTest(controllers = MunicipalityQueryController.class, properties = "spring.config.name=query-service")
class MunicipalityQueryControllerTest {

    private static final MunicipalityView WARSZAWA = new MunicipalityView("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01",
            "Warszawa", "CITY", "PL", "1465011", "Warszawa", null, null, null, 0);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private MunicipalityViewRepository views;
    @MockitoBean
    private ProjectionProgress progress;

    @Test
    void listsMunicipalitiesByName() throws Exception {
        when(views.findAll(Sort.by("name", "id"))).thenReturn(List.of(WARSZAWA));

        mvc.perform(get("/api/municipalities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(WARSZAWA.id()))
                .andExpect(jsonPath("$[0].tercCode").value("1465011"))
                .andExpect(jsonPath("$[0].kind").value("CITY"));
    }

    @Test
    void answersOneMunicipality() throws Exception {
        when(views.findById(WARSZAWA.id())).thenReturn(Optional.of(WARSZAWA));

        mvc.perform(get("/api/municipalities/{id}", WARSZAWA.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Warszawa"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void answersUnknownMunicipalityWith404Problem() throws Exception {
        when(views.findById("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/municipalities/{id}", "nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no municipality with id nope"));
    }
}
