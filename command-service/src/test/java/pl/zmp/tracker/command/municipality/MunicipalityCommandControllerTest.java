package pl.zmp.tracker.command.municipality;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.infra.CommandDispatcher;
import pl.zmp.tracker.command.infra.CommandOptions;
import pl.zmp.tracker.command.infra.CommandReceipt;
import pl.zmp.tracker.command.infra.CommandRejectedException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.TercCode;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = MunicipalityCommandController.class, properties = "spring.config.name=command-service")
class MunicipalityCommandControllerTest {

    private static final String ID = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    @Test
    void registersAndAnswersWithIdVersionAndGlobalPosition() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 42));

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + ID + "\",\"name\":\" Warszawa \",\"tercCode\":\"1465011\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/municipalities/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(42));

        verify(dispatcher).dispatch(eq(new RegisterMunicipality(new MunicipalityId(ID), "Warszawa",
                null, CountryCode.POLAND, new TercCode("1465011"), null)), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsMissingName() throws Exception {
        expectBadRequest("{\"tercCode\":\"1465011\"}", "name");
    }

    @Test
    void rejectsMalformedTercCode() throws Exception {
        expectBadRequest("{\"name\":\"Warszawa\",\"tercCode\":\"14-65-01\"}", "tercCode");
    }

    @Test
    void rejectsUnknownField() throws Exception {
        expectBadRequest("{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"mayor\":\"x\"}", "mayor");
    }

    @Test
    void rejectsUnknownKind() throws Exception {
        expectBadRequest("{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"kind\":\"METROPOLIS\"}", "kind");
    }

    @Test
    void rejectsPlaceWithNeitherTercCodeNorCountry() throws Exception {
        expectBadRequest("{\"name\":\"Warszawa\"}", "tercCode");
    }

    @Test
    void rejectsUnknownCountry() throws Exception {
        expectBadRequest("{\"name\":\"Atlantis\",\"country\":\"XX\"}", "country");
    }

    @Test
    void rejectsForeignCountryBesideTercCode() throws Exception {
        expectBadRequest("{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"country\":\"DE\"}", "country");
    }

    @Test
    void rejectsMalformedId() throws Exception {
        expectBadRequest("{\"id\":\"not-a-uuid\",\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}", "id");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(dispatcher);
    }

    @Test
    void answersDuplicateCodeWith409AndCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(
                CommandRejectedException.conflict("DUPLICATE_CODE", "another municipality is already registered"));

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"));
    }

    @Test
    void answersRuleViolationWith422AndCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(
                CommandRejectedException.ruleViolation("UNKNOWN_TERC_CODE", "not in the register"));

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nowhere\",\"tercCode\":\"9999999\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("UNKNOWN_TERC_CODE"));
    }

    private void expectBadRequest(String body, String field) throws Exception {
        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(dispatcher);
    }
}
