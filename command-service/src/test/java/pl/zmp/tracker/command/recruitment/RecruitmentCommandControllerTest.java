package pl.zmp.tracker.command.recruitment;

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
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;

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
@WebMvcTest(controllers = RecruitmentCommandController.class, properties = "spring.config.name=command-service")
class RecruitmentCommandControllerTest {

    private static final String ID = "0c7d7a52-3c1e-4f6b-9a0d-5e2f1b8c9d01";
    private static final String PROJECT = "3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e";
    private static final String MUNICIPALITY = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01";
    private static final String RECRUITMENT = "/api/recruitments/" + ID;
    private static final String APPLICATION = RECRUITMENT + "/applications/" + MUNICIPALITY;
    private static final String OPEN_BODY = "{\"projectId\":\"" + PROJECT + "\",\"round\":1,\"title\":\"Round I\"";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    // --- POST /api/recruitments

    @Test
    void opensRecruitmentKeepingTheDeadlineOffset() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 42));

        post("/api/recruitments", "{\"id\":\"" + ID + "\",\"projectId\":\"" + PROJECT + "\",\"round\":1,"
                + "\"title\":\" URBACT Action Planning Networks \",\"deadline\":\"2019-04-17T23:59:59+02:00\","
                + "\"places\":25}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost:8082/api/recruitments/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(42));

        verify(dispatcher).dispatch(eq(new OpenRecruitment(new RecruitmentId(ID), new ProjectId(PROJECT), 1,
                "URBACT Action Planning Networks", OffsetDateTime.parse("2019-04-17T23:59:59+02:00"), 25)),
                eq(CommandOptions.NONE));
    }

    @Test
    void opensRecruitmentWithGeneratedIdAndNeitherDeadlineNorPlaces() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 7));

        post("/api/recruitments", OPEN_BODY + "}")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""));

        ArgumentCaptor<OpenRecruitment> sent = ArgumentCaptor.forClass(OpenRecruitment.class);
        verify(dispatcher).dispatch(sent.capture(), eq(CommandOptions.NONE));
        assertThat(sent.getValue().recruitmentId()).isNotNull();
        assertThat(sent.getValue()).isEqualTo(new OpenRecruitment(sent.getValue().recruitmentId(),
                new ProjectId(PROJECT), 1, "Round I", null, null));
    }

    @Test
    void rejectsMalformedRecruitmentId() throws Exception {
        expectBadRequest("/api/recruitments", OPEN_BODY + ",\"id\":\"round-1\"}", "id");
    }

    @Test
    void rejectsMissingProjectId() throws Exception {
        expectBadRequest("/api/recruitments", "{\"round\":1,\"title\":\"Round I\"}", "projectId");
    }

    @Test
    void rejectsMalformedProjectId() throws Exception {
        expectBadRequest("/api/recruitments", "{\"projectId\":\"ppp\",\"round\":1,\"title\":\"Round I\"}", "projectId");
    }

    @Test
    void rejectsMissingRound() throws Exception {
        expectBadRequest("/api/recruitments", "{\"projectId\":\"" + PROJECT + "\",\"title\":\"Round I\"}", "round");
    }

    @Test
    void rejectsRoundZero() throws Exception {
        expectBadRequest("/api/recruitments",
                "{\"projectId\":\"" + PROJECT + "\",\"round\":0,\"title\":\"Round I\"}", "round");
    }

    @Test
    void rejectsMissingTitle() throws Exception {
        expectBadRequest("/api/recruitments", "{\"projectId\":\"" + PROJECT + "\",\"round\":1}", "title");
    }

    @Test
    void rejectsBlankTitle() throws Exception {
        expectBadRequest("/api/recruitments",
                "{\"projectId\":\"" + PROJECT + "\",\"round\":1,\"title\":\"  \"}", "title");
    }

    @Test
    void rejectsTitleLongerThan300Characters() throws Exception {
        expectBadRequest("/api/recruitments",
                "{\"projectId\":\"" + PROJECT + "\",\"round\":1,\"title\":\"" + "x".repeat(301) + "\"}", "title");
    }

    @Test
    void rejectsDeadlineWithoutOffset() throws Exception {
        expectBadRequest("/api/recruitments", OPEN_BODY + ",\"deadline\":\"2019-04-17T23:59:59\"}", "deadline");
    }

    @Test
    void rejectsDeadlineThatIsNoDate() throws Exception {
        expectBadRequest("/api/recruitments", OPEN_BODY + ",\"deadline\":\"17 kwietnia\"}", "deadline");
    }

    @Test
    void rejectsZeroPlaces() throws Exception {
        expectBadRequest("/api/recruitments", OPEN_BODY + ",\"places\":0}", "places");
    }

    @Test
    void rejectsUnknownField() throws Exception {
        expectBadRequest("/api/recruitments", OPEN_BODY + ",\"budget\":1000}", "budget");
    }

    @Test
    void answersRoundAlreadyOpenWith409() throws Exception {
        expectRejection("/api/recruitments", OPEN_BODY + "}",
                CommandRejectedException.conflict("ROUND_ALREADY_OPEN", "round 1 already has a recruitment"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersUnknownProjectWith422() throws Exception {
        expectRejection("/api/recruitments", OPEN_BODY + "}",
                CommandRejectedException.ruleViolation("UNKNOWN_PROJECT", "no project with id " + PROJECT))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST /api/recruitments/{recruitmentId}/applications

    @Test
    void recordsApplicationAtTheMomentGiven() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 3, 50));

        post(RECRUITMENT + "/applications",
                "{\"municipalityId\":\"" + MUNICIPALITY + "\",\"submittedAt\":\"2019-04-10T12:00:00+02:00\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.globalPosition").value(50));

        verify(dispatcher).dispatch(eq(new ApplyToRecruitment(new RecruitmentId(ID), new MunicipalityId(MUNICIPALITY),
                Instant.parse("2019-04-10T10:00:00Z"))), eq(CommandOptions.NONE));
    }

    @Test
    void recordsApplicationWithoutMomentLeavingItToTheAggregate() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 1, 51));

        post(RECRUITMENT + "/applications", "{\"municipalityId\":\"" + MUNICIPALITY.toUpperCase() + "\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        verify(dispatcher).dispatch(eq(new ApplyToRecruitment(new RecruitmentId(ID),
                new MunicipalityId(MUNICIPALITY), null)), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsApplicationToMalformedRecruitmentId() throws Exception {
        expectBadRequest("/api/recruitments/round-1/applications",
                "{\"municipalityId\":\"" + MUNICIPALITY + "\"}", "recruitmentId");
    }

    @Test
    void rejectsApplicationWithoutMunicipality() throws Exception {
        expectBadRequest(RECRUITMENT + "/applications", "{}", "municipalityId");
    }

    @Test
    void rejectsApplicationOfMalformedMunicipalityId() throws Exception {
        expectBadRequest(RECRUITMENT + "/applications", "{\"municipalityId\":\"Warszawa\"}", "municipalityId");
    }

    @Test
    void rejectsMalformedSubmissionMoment() throws Exception {
        expectBadRequest(RECRUITMENT + "/applications",
                "{\"municipalityId\":\"" + MUNICIPALITY + "\",\"submittedAt\":\"yesterday\"}", "submittedAt");
    }

    @Test
    void answersAlreadyAppliedWith409() throws Exception {
        expectRejection(RECRUITMENT + "/applications", "{\"municipalityId\":\"" + MUNICIPALITY + "\"}",
                CommandRejectedException.conflict("ALREADY_APPLIED", "already applied"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersDeadlinePassedWith422() throws Exception {
        expectRejection(RECRUITMENT + "/applications", "{\"municipalityId\":\"" + MUNICIPALITY + "\"}",
                CommandRejectedException.ruleViolation("DEADLINE_PASSED", "after the deadline"))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST .../applications/{municipalityId}/acceptance

    @Test
    void acceptsApplicationHonouringIfMatch() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 60));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(APPLICATION + "/acceptance").header("If-Match", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.globalPosition").value(60));

        verify(dispatcher).dispatch(eq(new AcceptApplication(new RecruitmentId(ID), new MunicipalityId(MUNICIPALITY))),
                eq(new CommandOptions(3L, null)));
    }

    @Test
    void rejectsAcceptanceOfMalformedMunicipalityId() throws Exception {
        expectBadRequest(RECRUITMENT + "/applications/warszawa/acceptance", null, "municipalityId");
    }

    @Test
    void answersAlreadyDecidedAcceptanceWith409() throws Exception {
        expectRejection(APPLICATION + "/acceptance", null,
                CommandRejectedException.conflict("ALREADY_DECIDED", "already accepted"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersNoPlacesLeftWith422() throws Exception {
        expectRejection(APPLICATION + "/acceptance", null,
                CommandRejectedException.ruleViolation("NO_PLACES_LEFT", "all 25 places are taken"))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST .../applications/{municipalityId}/rejection

    @Test
    void rejectsApplicationWithStrippedReason() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 61));

        post(APPLICATION + "/rejection", "{\"reason\":\"  not a member city \"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.aggregateId").value(ID));

        verify(dispatcher).dispatch(eq(new RejectApplication(new RecruitmentId(ID), new MunicipalityId(MUNICIPALITY),
                "not a member city")), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsRejectionWithoutReason() throws Exception {
        expectBadRequest(APPLICATION + "/rejection", "{}", "reason");
    }

    @Test
    void rejectsRejectionWithBlankReason() throws Exception {
        expectBadRequest(APPLICATION + "/rejection", "{\"reason\":\" \"}", "reason");
    }

    @Test
    void rejectsReasonLongerThan1000Characters() throws Exception {
        expectBadRequest(APPLICATION + "/rejection", "{\"reason\":\"" + "x".repeat(1001) + "\"}", "reason");
    }

    @Test
    void answersAlreadyDecidedRejectionWith409() throws Exception {
        expectRejection(APPLICATION + "/rejection", "{\"reason\":\"late\"}",
                CommandRejectedException.conflict("ALREADY_DECIDED", "already rejected"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersNoSuchApplicationWith422() throws Exception {
        expectRejection(APPLICATION + "/rejection", "{\"reason\":\"late\"}",
                CommandRejectedException.ruleViolation("NO_SUCH_APPLICATION", "has not applied"))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST /api/recruitments/{recruitmentId}/deadline

    @Test
    void extendsDeadlineKeepingItsOffset() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 2, 70));

        post(RECRUITMENT + "/deadline", "{\"deadline\":\"2019-04-30T23:59:59+02:00\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.globalPosition").value(70));

        verify(dispatcher).dispatch(eq(new ExtendRecruitmentDeadline(new RecruitmentId(ID),
                OffsetDateTime.parse("2019-04-30T23:59:59+02:00"))), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsExtensionWithoutDeadline() throws Exception {
        expectBadRequest(RECRUITMENT + "/deadline", "{}", "deadline");
    }

    @Test
    void rejectsExtensionToMalformedDeadline() throws Exception {
        expectBadRequest(RECRUITMENT + "/deadline", "{\"deadline\":\"2019-04-31T23:59:59+02:00\"}", "deadline");
    }

    @Test
    void answersDeadlineNotLaterWith422() throws Exception {
        expectRejection(RECRUITMENT + "/deadline", "{\"deadline\":\"2019-04-01T23:59:59+02:00\"}",
                CommandRejectedException.ruleViolation("DEADLINE_NOT_LATER", "not later"))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST /api/recruitments/{recruitmentId}/closure

    @Test
    void closesRecruitment() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 20, 99));

        post(RECRUITMENT + "/closure", null)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"20\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(20))
                .andExpect(jsonPath("$.globalPosition").value(99));

        verify(dispatcher).dispatch(eq(new CloseRecruitment(new RecruitmentId(ID))), eq(CommandOptions.NONE));
    }

    @Test
    void closesRecruitmentOnTheDateTheCoordinatorGivesAsTheStartOfThatDayInWarsaw() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 20, 99));

        post(RECRUITMENT + "/closure?occurredOn=2018-12-31", null).andExpect(status().isOk());

        verify(dispatcher).dispatch(eq(new CloseRecruitment(new RecruitmentId(ID),
                Instant.parse("2018-12-30T23:00:00Z"))), eq(CommandOptions.NONE));
    }

    @Test
    void acceptsAnApplicationAtTheMomentTheCoordinatorGives() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 60));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(APPLICATION + "/acceptance").param("occurredOn", "2018-03-01T10:00:00+01:00"))
                .andExpect(status().isOk());

        verify(dispatcher).dispatch(eq(new AcceptApplication(new RecruitmentId(ID), new MunicipalityId(MUNICIPALITY),
                Instant.parse("2018-03-01T09:00:00Z"))), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsAClosureDateThatIsNeitherADateNorAnInstant() throws Exception {
        expectBadRequest(RECRUITMENT + "/closure?occurredOn=31.12.2018", null, "occurredOn");
    }

    @Test
    void answersAClosureDatedInTheFutureWith422NamingTheField() throws Exception {
        expectRejection(RECRUITMENT + "/closure?occurredOn=2100-01-01", null,
                CommandRejectedException.ruleViolation("OCCURRED_IN_FUTURE", "occurredOn", "lies in the future"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("OCCURRED_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
    }

    @Test
    void rejectsClosureOfMalformedRecruitmentId() throws Exception {
        expectBadRequest("/api/recruitments/space-round-1/closure", null, "recruitmentId");
    }

    @Test
    void answersAlreadyClosedWith409() throws Exception {
        expectRejection(RECRUITMENT + "/closure", null,
                CommandRejectedException.conflict("ALREADY_CLOSED", "already closed"))
                .andExpect(status().isConflict());
    }

    private ResultActions post(String path, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectBadRequest(String path, String body, String field) throws Exception {
        post(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(dispatcher);
    }

    private ResultActions expectRejection(String path, String body, CommandRejectedException rejection)
            throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(rejection);
        return post(path, body)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(rejection.code()))
                .andExpect(jsonPath("$.detail").value(rejection.getMessage()));
    }
}
