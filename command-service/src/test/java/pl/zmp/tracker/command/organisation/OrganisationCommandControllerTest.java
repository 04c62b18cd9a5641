package pl.zmp.tracker.command.organisation;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.zmp.tracker.command.SignedIn;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.command.axon.CommandReceipt;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;
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

@SignedIn
@WebMvcTest(controllers = OrganisationCommandController.class, properties = "spring.config.name=command-service")
class OrganisationCommandControllerTest {

    private static final String ID = "0d7a8f8e-2f4b-4c36-9d1a-6f3b2a1c5e01";
    private static final String PATH = "/api/organisations";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    @Test
    void registersAndAnswersWithIdVersionAndGlobalPosition() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 7));

        postJson("{\"id\":\"" + ID.toUpperCase() + "\",\"name\":\" Związek Powiatów Polskich \",\"shortName\":\" ZPP \","
                + "\"kind\":\"ASSOCIATION\",\"country\":\"PL\",\"krs\":\"0000123456\",\"regon\":\"000331501\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost:8082" + PATH + "/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(7));

        verify(dispatcher).dispatch(eq(new RegisterOrganisation(new OrganisationId(ID), "Związek Powiatów Polskich",
                "ZPP", OrganisationKind.ASSOCIATION, CountryCode.POLAND, "0000123456", "000331501")),
                eq(CommandOptions.NONE));
    }

    @Test
    void registersWithGeneratedIdWhenNoneIsGiven() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 8));

        postJson("{\"name\":\"Związek Miast Ukrainy\",\"kind\":\"ASSOCIATION\",\"country\":\"UA\"}")
                .andExpect(status().isCreated());

        ArgumentCaptor<RegisterOrganisation> sent = ArgumentCaptor.forClass(RegisterOrganisation.class);
        verify(dispatcher).dispatch(sent.capture(), eq(CommandOptions.NONE));
        assertThat(sent.getValue().organisationId()).isNotNull();
        assertThat(sent.getValue()).isEqualTo(new RegisterOrganisation(sent.getValue().organisationId(),
                "Związek Miast Ukrainy", null, OrganisationKind.ASSOCIATION, new CountryCode("UA"), null, null));
    }

    @Test
    void rejectsMissingName() throws Exception {
        expectBadRequest("{\"kind\":\"FOUNDATION\",\"country\":\"PL\"}", "name");
    }

    @Test
    void rejectsBlankName() throws Exception {
        expectBadRequest("{\"name\":\"  \",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}", "name");
    }

    @Test
    void rejectsNameLongerThan300() throws Exception {
        expectBadRequest("{\"name\":\"" + "a".repeat(301) + "\",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}", "name");
    }

    @Test
    void acceptsNameOf300() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 9));

        postJson("{\"name\":\"" + "a".repeat(300) + "\",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void rejectsBlankShortName() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"shortName\":\" \",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}",
                "shortName");
    }

    @Test
    void rejectsShortNameLongerThan50() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"shortName\":\"" + "a".repeat(51)
                + "\",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}", "shortName");
    }

    @Test
    void rejectsMissingKind() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"country\":\"PL\"}", "kind");
    }

    @Test
    void rejectsUnknownKind() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"GUILD\",\"country\":\"PL\"}", "kind");
    }

    @Test
    void rejectsMissingCountry() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\"}", "country");
    }

    @Test
    void rejectsMalformedCountry() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"pl\"}", "country");
    }

    @Test
    void rejectsCountryThatIsNoIsoCode() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"XX\"}", "country");
    }

    @Test
    void rejectsKrsNotOfTenDigits() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\",\"krs\":\"123456789\"}",
                "krs");
    }

    @Test
    void rejectsRegonNotOfNineOrFourteenDigits() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\",\"regon\":\"0003315010\"}",
                "regon");
    }

    @Test
    void rejectsMalformedId() throws Exception {
        expectBadRequest("{\"id\":\"zpp\",\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}", "id");
    }

    @Test
    void rejectsUnknownField() throws Exception {
        expectBadRequest("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\",\"nip\":\"1\"}", "nip");
    }

    @Test
    void answersDuplicateKrsWith409AndCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(
                CommandRejectedException.conflict("DUPLICATE_KRS", "another organisation has KRS 0000123456"));

        postJson("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\",\"krs\":\"0000123456\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DUPLICATE_KRS"));
    }

    @Test
    void answersInvalidRegonWith422AndCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(
                CommandRejectedException.ruleViolation("INVALID_REGON", "wrong check digit"));

        postJson("{\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\",\"regon\":\"000331502\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_REGON"));
    }

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectBadRequest(String body, String field) throws Exception {
        postJson(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(dispatcher);
    }
}
