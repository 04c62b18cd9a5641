package pl.zmp.tracker.query.municipality;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.SignedIn;
import pl.zmp.tracker.query.projection.ProjectionProgress;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SignedIn
@WebMvcTest(controllers = MunicipalityQueryController.class, properties = "spring.config.name=query-service")
class MunicipalityQueryControllerTest {

    private static final MunicipalityView WARSZAWA = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01", "Warszawa", "1465011");
    private static final MunicipalityView LODZ = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02", "Łódź", "1061011");
    private static final MunicipalityView LUBLIN = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a03", "Lublin", "0663011");
    private static final MunicipalityView SWIDNICA = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a04", "Świdnica", "0219011");
    private static final MunicipalityView SZCZECIN = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a05", "Szczecin", "3262011");
    private static final MunicipalityView SOPOT = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a06", "Sopot", "2264011");
    private static final MunicipalityView MALBORK = place("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a07", "Malbork", "2209011");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private MunicipalityViewRepository views;
    @MockitoBean
    private ProjectionProgress progress;

    @Test
    void listsMunicipalitiesByNameInPolishCollationInThePageEnvelope() throws Exception {
        when(views.findAll()).thenReturn(List.of(WARSZAWA, SZCZECIN, LODZ, SWIDNICA, LUBLIN, SOPOT, MALBORK));

        // by code point Ł (U+0141) and Ś (U+015A) would come after every Latin letter
        mvc.perform(get("/api/municipalities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(
                        contains("Lublin", "Łódź", "Malbork", "Sopot", "Szczecin", "Świdnica", "Warszawa")))
                .andExpect(jsonPath("$.items[0].tercCode").value("0663011"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(7))
                .andExpect(jsonPath("$.totalPages").value(1));
        mvc.perform(get("/api/municipalities").param("direction", "desc"))
                .andExpect(jsonPath("$.items[*].name").value(
                        contains("Warszawa", "Świdnica", "Szczecin", "Sopot", "Malbork", "Łódź", "Lublin")));
    }

    @Test
    void pagesOverTheWholeOrderedList() throws Exception {
        when(views.findAll()).thenReturn(List.of(WARSZAWA, SZCZECIN, LODZ, SWIDNICA, LUBLIN, SOPOT, MALBORK));

        mvc.perform(get("/api/municipalities").param("size", "3").param("page", "1"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Sopot", "Szczecin", "Świdnica")))
                .andExpect(jsonPath("$.totalItems").value(7))
                .andExpect(jsonPath("$.totalPages").value(3));
        mvc.perform(get("/api/municipalities").param("size", "3").param("page", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(7));
        mvc.perform(get("/api/municipalities").param("sort", "tercCode").param("size", "2"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Świdnica", "Lublin")));
    }

    @Test
    void searchesNamesIgnoringCaseAndDiacriticsAndCodes() throws Exception {
        when(views.findAll()).thenReturn(List.of(WARSZAWA, LODZ, SWIDNICA, LUBLIN));

        mvc.perform(get("/api/municipalities").param("q", "LODZ"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Łódź")))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/municipalities").param("q", "świd"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Świdnica")));
        mvc.perform(get("/api/municipalities").param("q", "1465"))
                .andExpect(jsonPath("$.items[*].name").value(contains("Warszawa")));
        mvc.perform(get("/api/municipalities").param("q", "Kraków"))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));
    }

    @Test
    void refusesBadListParametersNamingThem() throws Exception {
        expectBadParameter("size", "0");
        expectBadParameter("size", "101");
        expectBadParameter("page", "-1");
        expectBadParameter("page", "first");
        expectBadParameter("sort", "population");
        expectBadParameter("direction", "up");
        expectBadParameter("q", "");
    }

    @Test
    void refusesAnUnknownParameterInsteadOfIgnoringIt() throws Exception {
        mvc.perform(get("/api/municipalities").param("sise", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("sise"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "unknown parameter; this endpoint takes direction, page, q, size, sort"));
        mvc.perform(get("/api/municipalities/{id}", WARSZAWA.id()).param("page", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].reason").value("unknown parameter; this endpoint takes no parameters"));
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

    private void expectBadParameter(String name, String value) throws Exception {
        mvc.perform(get("/api/municipalities").param(name, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(name));
    }

    private static MunicipalityView place(String id, String name, String tercCode) {
        return new MunicipalityView(id, name, "CITY", "PL", tercCode, name, null, null, null, 0);
    }
}
