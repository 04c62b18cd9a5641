package pl.zmp.tracker.command.municipality;

import org.junit.jupiter.api.Test;
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
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.LocalDate;

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
@WebMvcTest(controllers = MunicipalityCommandController.class, properties = "spring.config.name=command-service")
class MunicipalityCommandControllerTest {

    private static final String ID = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01";
    private static final MunicipalityId MUNICIPALITY = new MunicipalityId(ID);
    private static final String BASE = "/api/municipalities";
    private static final String NAME = BASE + "/" + ID + "/name";
    private static final String MEMBERSHIP = BASE + "/" + ID + "/membership";
    private static final String CODES = BASE + "/" + ID + "/codes";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    // POST /api/municipalities

    @Test
    void registersAndAnswersWithIdVersionAndGlobalPosition() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 42));

        postJson(BASE, "{\"id\":\"" + ID + "\",\"name\":\" Warszawa \",\"tercCode\":\"1465011\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost:8082/api/municipalities/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(42));

        verify(dispatcher).dispatch(eq(new RegisterMunicipality(MUNICIPALITY, "Warszawa",
                null, CountryCode.POLAND, new TercCode("1465011"), null)), eq(CommandOptions.NONE));
    }

    @Test
    void registersForeignPlaceWithStrippedLocalCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 43));

        postJson(BASE, "{\"id\":\"" + ID + "\",\"name\":\"Żytomierz\",\"country\":\"UA\","
                + "\"localCode\":\" UA18040190010079086 \",\"kind\":\"FOREIGN_MUNICIPALITY\"}")
                .andExpect(status().isCreated());

        verify(dispatcher).dispatch(eq(new RegisterMunicipality(MUNICIPALITY, "Żytomierz",
                MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, "UA18040190010079086")),
                eq(CommandOptions.NONE));
    }

    @Test
    void passesADeliberateLocalSpelling() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 44));

        postJson(BASE, "{\"id\":\"" + ID + "\",\"name\":\"Neisse\",\"tercCode\":\"1607054\","
                + "\"nameIsLocalSpelling\":true}")
                .andExpect(status().isCreated());

        verify(dispatcher).dispatch(eq(new RegisterMunicipality(MUNICIPALITY, "Neisse",
                null, CountryCode.POLAND, new TercCode("1607054"), null, true)), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsMissingName() throws Exception {
        expectBadRequest(BASE, "{\"tercCode\":\"1465011\"}", "name");
    }

    @Test
    void rejectsTooLongName() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"" + "a".repeat(201) + "\",\"tercCode\":\"1465011\"}", "name");
    }

    @Test
    void rejectsMalformedTercCode() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\",\"tercCode\":\"14-65-01\"}", "tercCode");
    }

    @Test
    void rejectsUnknownField() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"mayor\":\"x\"}", "mayor");
    }

    @Test
    void rejectsUnknownKind() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"kind\":\"METROPOLIS\"}", "kind");
    }

    @Test
    void rejectsPlaceWithNeitherTercCodeNorCountry() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\"}", "tercCode");
    }

    @Test
    void rejectsUnknownCountry() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Atlantis\",\"country\":\"XX\"}", "country");
    }

    @Test
    void rejectsLowerCaseCountry() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Żytomierz\",\"country\":\"ua\"}", "country");
    }

    @Test
    void rejectsPolandWithoutTercCode() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\",\"country\":\"PL\"}", "tercCode");
    }

    @Test
    void rejectsForeignCountryBesideTercCode() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\",\"country\":\"DE\"}", "country");
    }

    @Test
    void rejectsBlankLocalCode() throws Exception {
        expectBadRequest(BASE, "{\"name\":\"Żytomierz\",\"country\":\"UA\",\"localCode\":\" \"}", "localCode");
    }

    @Test
    void rejectsMalformedId() throws Exception {
        expectBadRequest(BASE, "{\"id\":\"not-a-uuid\",\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}", "id");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        postJson(BASE, "{\"name\":")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(dispatcher);
    }

    @Test
    void answersDuplicateCodeWith409AndCode() throws Exception {
        rejectWith(CommandRejectedException.conflict("DUPLICATE_CODE", "another municipality is already registered"));

        postJson(BASE, "{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"));
    }

    @Test
    void answersRuleViolationWith422AndCode() throws Exception {
        rejectWith(CommandRejectedException.ruleViolation("UNKNOWN_TERC_CODE", "not in the register"));

        postJson(BASE, "{\"name\":\"Nowhere\",\"tercCode\":\"9999999\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("UNKNOWN_TERC_CODE"));
    }

    // POST /api/municipalities/{municipalityId}/name

    @Test
    void renamesAndAnswersWithReceiptAndETag() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 1, 50));

        postJson(NAME, "{\"name\":\" m.st. Warszawa \"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.globalPosition").value(50));

        verify(dispatcher).dispatch(eq(new RenameMunicipality(MUNICIPALITY, "m.st. Warszawa")),
                eq(CommandOptions.NONE));
    }

    @Test
    void renamesAtTheVersionGivenInIfMatch() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 51));

        mvc.perform(post(NAME)
                        .contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"3\"")
                        .content("{\"name\":\"Warszawa\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));

        verify(dispatcher).dispatch(eq(new RenameMunicipality(MUNICIPALITY, "Warszawa")),
                eq(new CommandOptions(3L, null)));
    }

    @Test
    void rejectsRenameWithoutName() throws Exception {
        expectBadRequest(NAME, "{}", "name");
    }

    @Test
    void rejectsRenameToBlankName() throws Exception {
        expectBadRequest(NAME, "{\"name\":\"  \"}", "name");
    }

    @Test
    void rejectsRenameToTooLongName() throws Exception {
        expectBadRequest(NAME, "{\"name\":\"" + "a".repeat(201) + "\"}", "name");
    }

    @Test
    void rejectsMalformedMunicipalityIdInPath() throws Exception {
        expectBadRequest(BASE + "/not-a-uuid/name", "{\"name\":\"Warszawa\"}", "municipalityId");
    }

    @Test
    void answersRenameRuleViolationWith422AndCode() throws Exception {
        rejectWith(CommandRejectedException.ruleViolation("NAME_REQUIRED", "a municipality needs a name"));

        postJson(NAME, "{\"name\":\"Warszawa\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NAME_REQUIRED"));
    }

    // POST /api/municipalities/{municipalityId}/membership

    @Test
    void recordsMembershipAndAnswersWithReceiptAndETag() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 2, 60));

        postJson(MEMBERSHIP, "{\"since\":\"1990-05-25\",\"until\":\"2019-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.globalPosition").value(60));

        verify(dispatcher).dispatch(eq(new RecordZmpMembership(MUNICIPALITY, LocalDate.of(1990, 5, 25),
                LocalDate.of(2019, 12, 31))), eq(CommandOptions.NONE));
    }

    @Test
    void recordsOngoingMembershipWithoutEnd() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 2, 61));

        postJson(MEMBERSHIP, "{\"since\":\"1990-05-25\"}").andExpect(status().isOk());

        verify(dispatcher).dispatch(eq(new RecordZmpMembership(MUNICIPALITY, LocalDate.of(1990, 5, 25), null)),
                eq(CommandOptions.NONE));
    }

    @Test
    void rejectsMembershipWithoutSince() throws Exception {
        expectBadRequest(MEMBERSHIP, "{\"until\":\"2019-12-31\"}", "since");
    }

    @Test
    void rejectsNonIsoSince() throws Exception {
        expectBadRequest(MEMBERSHIP, "{\"since\":\"25.05.1990\"}", "since");
    }

    @Test
    void rejectsNonIsoUntil() throws Exception {
        expectBadRequest(MEMBERSHIP, "{\"since\":\"1990-05-25\",\"until\":\"2019-13-01\"}", "until");
    }

    @Test
    void rejectsUnknownMembershipField() throws Exception {
        expectBadRequest(MEMBERSHIP, "{\"since\":\"1990-05-25\",\"from\":\"1990-05-25\"}", "from");
    }

    @Test
    void answersInvalidPeriodWith422AndCode() throws Exception {
        rejectWith(CommandRejectedException.ruleViolation("INVALID_PERIOD", "cannot end before it starts"));

        postJson(MEMBERSHIP, "{\"since\":\"2019-12-31\",\"until\":\"1990-05-25\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PERIOD"));
    }

    // POST /api/municipalities/{municipalityId}/codes

    @Test
    void correctsTercCodeAndAnswersWithReceiptAndETag() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 3, 70));

        postJson(CODES, "{\"tercCode\":\"1427011\",\"kind\":\"CITY\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.globalPosition").value(70));

        verify(dispatcher).dispatch(eq(new CorrectMunicipalityCodes(MUNICIPALITY, MunicipalityKind.CITY,
                CountryCode.POLAND, new TercCode("1427011"), null)), eq(CommandOptions.NONE));
    }

    @Test
    void correctsForeignCodesWithStrippedLocalCode() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 3, 71));

        postJson(CODES, "{\"country\":\"UA\",\"localCode\":\" UA18040190010079086 \"}").andExpect(status().isOk());

        verify(dispatcher).dispatch(eq(new CorrectMunicipalityCodes(MUNICIPALITY, null, new CountryCode("UA"),
                null, "UA18040190010079086")), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsCorrectionToMalformedTercCode() throws Exception {
        expectBadRequest(CODES, "{\"tercCode\":\"142701\"}", "tercCode");
    }

    @Test
    void rejectsCorrectionWithNeitherTercCodeNorCountry() throws Exception {
        expectBadRequest(CODES, "{\"localCode\":\"X1\"}", "tercCode");
    }

    @Test
    void rejectsCorrectionToUnknownCountry() throws Exception {
        expectBadRequest(CODES, "{\"country\":\"XX\"}", "country");
    }

    @Test
    void rejectsCorrectionToMalformedCountry() throws Exception {
        expectBadRequest(CODES, "{\"country\":\"UKR\"}", "country");
    }

    @Test
    void rejectsCorrectionToPolandWithoutTercCode() throws Exception {
        expectBadRequest(CODES, "{\"country\":\"PL\"}", "tercCode");
    }

    @Test
    void rejectsCorrectionWithForeignCountryBesideTercCode() throws Exception {
        expectBadRequest(CODES, "{\"tercCode\":\"1427011\",\"country\":\"UA\"}", "country");
    }

    @Test
    void rejectsCorrectionToBlankLocalCode() throws Exception {
        expectBadRequest(CODES, "{\"country\":\"UA\",\"localCode\":\"\"}", "localCode");
    }

    @Test
    void rejectsCorrectionToTooLongLocalCode() throws Exception {
        expectBadRequest(CODES, "{\"country\":\"UA\",\"localCode\":\"" + "1".repeat(41) + "\"}", "localCode");
    }

    @Test
    void rejectsCorrectionToUnknownKind() throws Exception {
        expectBadRequest(CODES, "{\"tercCode\":\"1427011\",\"kind\":\"HAMLET\"}", "kind");
    }

    @Test
    void rejectsCorrectionWithUnknownField() throws Exception {
        expectBadRequest(CODES, "{\"tercCode\":\"1427011\",\"name\":\"Sierpc\"}", "name");
    }

    @Test
    void answersCorrectionToTakenCodeWith409AndCode() throws Exception {
        rejectWith(CommandRejectedException.conflict("DUPLICATE_CODE", "another municipality holds PL:1427011"));

        postJson(CODES, "{\"tercCode\":\"1427011\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"));
    }

    @Test
    void answersCorrectionContradictingRegisterWith422AndCode() throws Exception {
        rejectWith(CommandRejectedException.ruleViolation("KIND_CONTRADICTS_REGISTER", "the register says otherwise"));

        postJson(CODES, "{\"tercCode\":\"1427052\",\"kind\":\"CITY\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("KIND_CONTRADICTS_REGISTER"));
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void rejectWith(CommandRejectedException rejection) {
        when(dispatcher.dispatch(any(), any())).thenThrow(rejection);
    }

    private void expectBadRequest(String path, String body, String field) throws Exception {
        postJson(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(dispatcher);
    }
}
