package pl.zmp.tracker.command.exhibition;

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
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SignedIn
@WebMvcTest(controllers = ExhibitionCommandController.class, properties = "spring.config.name=command-service")
class ExhibitionCommandControllerTest {

    private static final String ID = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01";
    private static final String PROJECT = "3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e";
    private static final String SHOWINGS = "/api/exhibitions/" + ID + "/showings";
    private static final String SHOWING = SHOWINGS + "/szczecin-2018";
    private static final String PERIOD = "\"period\":{\"from\":\"2018-03-29\",\"to\":\"2018-04-06\"}";
    private static final DateRange SZCZECIN_2018 = new DateRange(LocalDate.parse("2018-03-29"), LocalDate.parse("2018-04-06"));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    // --- POST /api/exhibitions

    @Test
    void registersExhibition() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 12));

        post("/api/exhibitions", "{\"id\":\"" + ID + "\",\"projectId\":\"" + PROJECT + "\",\"title\":\" Wypędzeni 1939... \"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost:8082/api/exhibitions/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(12));

        verify(dispatcher).dispatch(eq(new RegisterExhibition(new ExhibitionId(ID), new ProjectId(PROJECT),
                "Wypędzeni 1939...")), eq(CommandOptions.NONE));
    }

    @Test
    void registersExhibitionUnderGeneratedId() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 12));

        post("/api/exhibitions", "{\"projectId\":\"" + PROJECT + "\",\"title\":\"Samorządni i Niepodlegli\"}")
                .andExpect(status().isCreated());

        ArgumentCaptor<RegisterExhibition> sent = ArgumentCaptor.forClass(RegisterExhibition.class);
        verify(dispatcher).dispatch(sent.capture(), eq(CommandOptions.NONE));
        assertThat(sent.getValue().exhibitionId()).isNotNull();
        assertThat(sent.getValue()).isEqualTo(new RegisterExhibition(sent.getValue().exhibitionId(),
                new ProjectId(PROJECT), "Samorządni i Niepodlegli"));
    }

    @Test
    void rejectsMalformedExhibitionId() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"id\":\"expelled\",\"projectId\":\"" + PROJECT + "\",\"title\":\"X\"}", "id");
    }

    @Test
    void rejectsMissingProjectId() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"title\":\"X\"}", "projectId");
    }

    @Test
    void rejectsMalformedProjectId() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"projectId\":\"100-lat-zmp\",\"title\":\"X\"}", "projectId");
    }

    @Test
    void rejectsMissingTitle() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"projectId\":\"" + PROJECT + "\"}", "title");
    }

    @Test
    void rejectsBlankTitle() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"projectId\":\"" + PROJECT + "\",\"title\":\" \"}", "title");
    }

    @Test
    void rejectsTitleLongerThan300Characters() throws Exception {
        expectBadRequest("/api/exhibitions",
                "{\"projectId\":\"" + PROJECT + "\",\"title\":\"" + "x".repeat(301) + "\"}", "title");
    }

    @Test
    void rejectsUnknownField() throws Exception {
        expectBadRequest("/api/exhibitions", "{\"projectId\":\"" + PROJECT + "\",\"title\":\"X\",\"curator\":\"IPN\"}",
                "curator");
    }

    @Test
    void answersUnknownProjectWith422() throws Exception {
        expectRejection("/api/exhibitions", "{\"projectId\":\"" + PROJECT + "\",\"title\":\"X\"}",
                CommandRejectedException.ruleViolation("UNKNOWN_PROJECT", "no project with id " + PROJECT))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST /api/exhibitions/{exhibitionId}/showings

    @Test
    void recordsShowingWithStrippedNamesAndSideProgramme() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 2, 30));

        post(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\" Muzeum Narodowe w Szczecinie \","
                + "\"city\":\" Szczecin\",\"country\":\"PL\"," + PERIOD
                + ",\"sideProgramme\":[\"pokazy filmowe \",\" zajęcia z młodzieżą\"]}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.globalPosition").value(30));

        verify(dispatcher).dispatch(eq(new RecordShowing(new ExhibitionId(ID), "szczecin-2018",
                "Muzeum Narodowe w Szczecinie", "Szczecin", CountryCode.POLAND, SZCZECIN_2018,
                List.of("pokazy filmowe", "zajęcia z młodzieżą"))), eq(CommandOptions.NONE));
    }

    @Test
    void recordsShowingWithoutSideProgramme() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 1, 29));

        post(SHOWINGS, "{\"showingCode\":\"prora-2018\",\"venueName\":\"Dokumentationszentrum Prora\","
                + "\"city\":\"Prora\",\"country\":\"DE\",\"period\":{\"from\":\"2018-01-01\",\"to\":\"2018-04-07\"}}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        verify(dispatcher).dispatch(eq(new RecordShowing(new ExhibitionId(ID), "prora-2018",
                "Dokumentationszentrum Prora", "Prora", new CountryCode("DE"),
                new DateRange(LocalDate.parse("2018-01-01"), LocalDate.parse("2018-04-07")), List.of())),
                eq(CommandOptions.NONE));
    }

    @Test
    void rejectsShowingOfMalformedExhibitionId() throws Exception {
        expectBadRequest("/api/exhibitions/expelled-1939/showings", showing("\"showingCode\":\"szczecin-2018\""),
                "exhibitionId");
    }

    @Test
    void rejectsMissingShowingCode() throws Exception {
        expectBadRequest(SHOWINGS, "{\"venueName\":\"Muzeum\",\"city\":\"Szczecin\",\"country\":\"PL\"," + PERIOD + "}",
                "showingCode");
    }

    @Test
    void rejectsShowingCodeWithCapitalsOrSpaces() throws Exception {
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"Szczecin 2018\""), "showingCode");
    }

    @Test
    void rejectsShowingCodeStartingWithHyphen() throws Exception {
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"-szczecin\""), "showingCode");
    }

    @Test
    void rejectsShowingCodeLongerThan60Characters() throws Exception {
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"" + "a".repeat(61) + "\""), "showingCode");
    }

    @Test
    void rejectsMissingVenueName() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"city\":\"Szczecin\",\"country\":\"PL\","
                + PERIOD + "}", "venueName");
    }

    @Test
    void rejectsVenueNameLongerThan200Characters() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"" + "x".repeat(201)
                + "\",\"city\":\"Szczecin\",\"country\":\"PL\"," + PERIOD + "}", "venueName");
    }

    @Test
    void rejectsBlankCity() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\" \","
                + "\"country\":\"PL\"," + PERIOD + "}", "city");
    }

    @Test
    void rejectsCityLongerThan200Characters() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\""
                + "x".repeat(201) + "\",\"country\":\"PL\"," + PERIOD + "}", "city");
    }

    @Test
    void rejectsMissingCountry() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\"Szczecin\","
                + PERIOD + "}", "country");
    }

    @Test
    void rejectsLowerCaseCountry() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\"Szczecin\","
                + "\"country\":\"pl\"," + PERIOD + "}", "country");
    }

    @Test
    void rejectsCountryThatIsNotIso3166() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\"Szczecin\","
                + "\"country\":\"XX\"," + PERIOD + "}", "country");
    }

    @Test
    void rejectsMissingPeriod() throws Exception {
        expectBadRequest(SHOWINGS, "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum\",\"city\":\"Szczecin\","
                + "\"country\":\"PL\"}", "period");
    }

    @Test
    void rejectsPeriodWithoutEnd() throws Exception {
        expectBadRequest(SHOWINGS, venue() + ",\"period\":{\"from\":\"2018-03-29\"}}", "period.to");
    }

    @Test
    void rejectsPeriodWithDateThatIsNotIso() throws Exception {
        expectBadRequest(SHOWINGS, venue() + ",\"period\":{\"from\":\"29.03.2018\",\"to\":\"2018-04-06\"}}",
                "period.from");
    }

    @Test
    void rejectsPeriodEndingBeforeItStarts() throws Exception {
        expectBadRequest(SHOWINGS, venue() + ",\"period\":{\"from\":\"2018-04-06\",\"to\":\"2018-03-29\"}}",
                "period.to");
    }

    @Test
    void rejectsBlankSideProgrammeItem() throws Exception {
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"szczecin-2018\",\"sideProgramme\":[\"pokazy filmowe\",\" \"]"),
                "sideProgramme[1]");
    }

    @Test
    void rejectsSideProgrammeItemLongerThan300Characters() throws Exception {
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"szczecin-2018\",\"sideProgramme\":[\""
                + "x".repeat(301) + "\"]"), "sideProgramme[0]");
    }

    @Test
    void rejectsSideProgrammeOfMoreThan50Items() throws Exception {
        String items = String.join(",", Collections.nCopies(51, "\"warsztaty\""));
        expectBadRequest(SHOWINGS, showing("\"showingCode\":\"szczecin-2018\",\"sideProgramme\":[" + items + "]"),
                "sideProgramme");
    }

    @Test
    void answersShowingAlreadyRecordedWith409() throws Exception {
        expectRejection(SHOWINGS, showing("\"showingCode\":\"szczecin-2018\""),
                CommandRejectedException.conflict("SHOWING_ALREADY_RECORDED", "already has a showing szczecin-2018"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersVenueDoubleBookedWith409() throws Exception {
        expectRejection(SHOWINGS, showing("\"showingCode\":\"szczecin-2018\""),
                CommandRejectedException.conflict("VENUE_DOUBLE_BOOKED", "already hosts showing szczecin-early"))
                .andExpect(status().isConflict());
    }

    // --- POST .../showings/{showingCode}/reschedule

    @Test
    void reschedulesShowing() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 5, 80));

        post(SHOWING + "/reschedule", "{\"period\":{\"from\":\"2018-04-01\",\"to\":\"2018-04-10\"}}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.globalPosition").value(80));

        verify(dispatcher).dispatch(eq(new RescheduleShowing(new ExhibitionId(ID), "szczecin-2018",
                new DateRange(LocalDate.parse("2018-04-01"), LocalDate.parse("2018-04-10")))), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsReschedulingMalformedShowingCode() throws Exception {
        expectBadRequest(SHOWINGS + "/Szczecin_2018/reschedule", "{" + PERIOD + "}", "showingCode");
    }

    @Test
    void rejectsRescheduleWithoutPeriod() throws Exception {
        expectBadRequest(SHOWING + "/reschedule", "{}", "period");
    }

    @Test
    void rejectsRescheduleWithoutStart() throws Exception {
        expectBadRequest(SHOWING + "/reschedule", "{\"period\":{\"to\":\"2018-04-10\"}}", "period.from");
    }

    @Test
    void rejectsRescheduleEndingBeforeItStarts() throws Exception {
        expectBadRequest(SHOWING + "/reschedule", "{\"period\":{\"from\":\"2018-04-10\",\"to\":\"2018-04-01\"}}",
                "period.to");
    }

    @Test
    void answersVenueDoubleBookedRescheduleWith409() throws Exception {
        expectRejection(SHOWING + "/reschedule", "{" + PERIOD + "}",
                CommandRejectedException.conflict("VENUE_DOUBLE_BOOKED", "already hosts showing szczecin-early"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersCancelledShowingWith422() throws Exception {
        expectRejection(SHOWING + "/reschedule", "{" + PERIOD + "}",
                CommandRejectedException.ruleViolation("SHOWING_CANCELLED", "is cancelled"))
                .andExpect(status().isUnprocessableEntity());
    }

    // --- POST .../showings/{showingCode}/cancellation

    @Test
    void cancelsShowingWithStrippedReason() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 6, 81));

        post(SHOWING + "/cancellation", "{\"reason\":\" venue closed for renovation \"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.globalPosition").value(81));

        verify(dispatcher).dispatch(eq(new CancelShowing(new ExhibitionId(ID), "szczecin-2018",
                "venue closed for renovation")), eq(CommandOptions.NONE));
    }

    @Test
    void rejectsCancellingMalformedShowingCode() throws Exception {
        expectBadRequest(SHOWINGS + "/SZCZECIN/cancellation", "{\"reason\":\"closed\"}", "showingCode");
    }

    @Test
    void rejectsCancellationWithoutReason() throws Exception {
        expectBadRequest(SHOWING + "/cancellation", "{}", "reason");
    }

    @Test
    void rejectsCancellationReasonLongerThan1000Characters() throws Exception {
        expectBadRequest(SHOWING + "/cancellation", "{\"reason\":\"" + "x".repeat(1001) + "\"}", "reason");
    }

    @Test
    void answersAlreadyCancelledWith409() throws Exception {
        expectRejection(SHOWING + "/cancellation", "{\"reason\":\"closed\"}",
                CommandRejectedException.conflict("SHOWING_ALREADY_CANCELLED", "already cancelled"))
                .andExpect(status().isConflict());
    }

    @Test
    void answersUnknownShowingWith422() throws Exception {
        expectRejection(SHOWING + "/cancellation", "{\"reason\":\"closed\"}",
                CommandRejectedException.ruleViolation("UNKNOWN_SHOWING", "no showing szczecin-2018"))
                .andExpect(status().isUnprocessableEntity());
    }

    private static String venue() {
        return "{\"showingCode\":\"szczecin-2018\",\"venueName\":\"Muzeum Narodowe w Szczecinie\","
                + "\"city\":\"Szczecin\",\"country\":\"PL\"";
    }

    /** A valid showing body but for the given fields (showing code first). */
    private static String showing(String fields) {
        return "{" + fields + ",\"venueName\":\"Muzeum Narodowe w Szczecinie\",\"city\":\"Szczecin\","
                + "\"country\":\"PL\"," + PERIOD + "}";
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body));
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
