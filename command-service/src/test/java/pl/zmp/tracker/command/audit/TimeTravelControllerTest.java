package pl.zmp.tracker.command.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.exhibition.CancelShowing;
import pl.zmp.tracker.command.exhibition.RecordShowing;
import pl.zmp.tracker.command.exhibition.RegisterExhibition;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.command.municipality.RenameMunicipality;
import pl.zmp.tracker.command.organisation.RegisterOrganisation;
import pl.zmp.tracker.command.project.ChangeProjectStatus;
import pl.zmp.tracker.command.project.RecordFinancingAmount;
import pl.zmp.tracker.command.project.RegisterProject;
import pl.zmp.tracker.command.recruitment.CloseRecruitment;
import pl.zmp.tracker.command.recruitment.OpenRecruitment;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project registered in March 2018, financed in June, started in November and moved to
 * finalisation at the end of 2019, looked at from several points of its history.
 */
@CommandServiceIntegrationTest
class TimeTravelControllerTest {

    private static final String REGISTERED = "2018-03-01T10:00:00Z";
    private static final String FINANCED = "2018-06-15T10:00:00Z";
    private static final String STARTED = "2018-11-20T10:00:00Z";
    private static final String FINALISING = "2019-12-30T10:00:00Z";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CommandDispatcher dispatcher;

    private ProjectId project;
    private OrganisationId organisation;

    @BeforeEach
    void projectWithAHistory() {
        organisation = OrganisationId.newId();
        project = ProjectId.newId();
        at("2018-01-10T09:00:00Z", new RegisterOrganisation(organisation, "Związek Miast Polskich", "ZMP",
                OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null));
        at(REGISTERED, new RegisterProject(project, "Rozwój partnerstwa publiczno-prywatnego w Polsce", "PPP", null,
                organisation, new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31))));
        at(FINANCED, new RecordFinancingAmount(project, FinancingItem.TOTAL_VALUE, Money.of("2000000", "PLN"),
                Approximation.ALMOST, "prawie 2 mln zł"));
        at(STARTED, new ChangeProjectStatus(project, ProjectStatus.IMPLEMENTATION, "umowa podpisana"));
        at(FINALISING, new ChangeProjectStatus(project, ProjectStatus.FINALISATION, null));
    }

    @AfterEach
    void realClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void stateKnownAtAMomentBetweenRecordingsShowsTheEarlierState() throws Exception {
        state("project", project.value(), "knownAt", "2018-09-01T00:00:00Z")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregateType").value("project"))
                .andExpect(jsonPath("$.aggregateId").value(project.value()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.knownAt").value("2018-09-01T00:00:00Z"))
                .andExpect(jsonPath("$.lastEventTime").value(FINANCED))
                .andExpect(jsonPath("$.state.projectId").value(project.value()))
                .andExpect(jsonPath("$.state.status").value("PIPELINE"))
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.amount").value(2000000))
                .andExpect(content().string(containsString("\"amount\":2000000")))
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.currency").value("PLN"))
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.approximation").value("ALMOST"));
    }

    @Test
    void anEventRecordedExactlyAtTheMomentCountsAndOffsetsAreHonoured() throws Exception {
        state("project", project.value(), "knownAt", STARTED)
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.state.status").value("IMPLEMENTATION"));
        // 10:59:59 in Warsaw (winter, +01:00) is 09:59:59 UTC: a second before the start
        state("project", project.value(), "knownAt", "2018-11-20T10:59:59+01:00")
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.knownAt").value("2018-11-20T09:59:59Z"))
                .andExpect(jsonPath("$.state.status").value("PIPELINE"));
    }

    @Test
    void stateKnownNowIsTheCurrentState() throws Exception {
        state("project", project.value(), "knownAt", "2030-01-01T00:00:00Z")
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.lastEventTime").value(FINALISING))
                .andExpect(jsonPath("$.state.status").value("FINALISATION"));
    }

    @ParameterizedTest(name = "version {0}: {1}")
    @CsvSource({
            "0, PIPELINE,       0, " + REGISTERED,
            "1, PIPELINE,       1, " + FINANCED,
            "2, IMPLEMENTATION, 1, " + STARTED,
            "3, FINALISATION,   1, " + FINALISING})
    void stateAtVersionNHasExactlyTheFirstNPlusOneEventsApplied(long version, String status, int financingItems,
                                                                String lastEventTime) throws Exception {
        state("project", project.value(), "version", Long.toString(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.asOf").value(nullValue()))
                .andExpect(jsonPath("$.lastEventTime").value(lastEventTime))
                .andExpect(jsonPath("$.state.status").value(status))
                .andExpect(jsonPath("$.state.financing", aMapWithSize(financingItems)));
    }

    @Test
    void foldsMunicipalitiesRecruitmentsAndExhibitionsWithTheirOwnHandlers() throws Exception {
        MunicipalityId lviv = MunicipalityId.newId();
        at("2018-04-01T08:00:00Z", new RegisterMunicipality(lviv, "Lwów", MunicipalityKind.FOREIGN_MUNICIPALITY,
                new CountryCode("UA"), null, null));
        at("2019-01-01T08:00:00Z", new RenameMunicipality(lviv, "Lviv"));
        RecruitmentId recruitment = RecruitmentId.newId();
        at("2018-04-02T08:00:00Z", new OpenRecruitment(recruitment, project, 1, "Nabór I",
                OffsetDateTime.parse("2030-04-17T23:59:59+02:00"), 25));
        at("2018-05-01T08:00:00Z", new CloseRecruitment(recruitment));
        ExhibitionId exhibition = ExhibitionId.newId();
        at("2018-03-20T08:00:00Z", new RegisterExhibition(exhibition, project, "Wystawa"));
        at("2018-03-21T08:00:00Z", new RecordShowing(exhibition, "szczecin", "Muzeum Narodowe " + exhibition.value(),
                "Szczecin", CountryCode.POLAND, new DateRange(LocalDate.of(2018, 3, 29), LocalDate.of(2018, 4, 6)),
                null));
        at("2018-03-25T08:00:00Z", new CancelShowing(exhibition, "szczecin", "powódź"));

        state("municipality", lviv.value(), "knownAt", "2018-12-31T23:59:59Z")
                .andExpect(jsonPath("$.state.name").value("Lwów"))
                .andExpect(jsonPath("$.state.place.country").value("UA"));
        state("municipality", lviv.value(), "version", "1").andExpect(jsonPath("$.state.name").value("Lviv"));
        state("recruitment", recruitment.value(), "version", "0")
                .andExpect(jsonPath("$.state.deadline").value("2030-04-17T23:59:59+02:00"))
                .andExpect(jsonPath("$.state.places").value(25))
                .andExpect(jsonPath("$.state.closed").value(false));
        state("recruitment", recruitment.value(), "knownAt", "2018-05-01T08:00:00Z")
                .andExpect(jsonPath("$.state.closed").value(true));
        state("exhibition", exhibition.value(), "knownAt", "2018-03-22T00:00:00Z")
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.state.showings.szczecin.venue.city").value("Szczecin"))
                .andExpect(jsonPath("$.state.showings.szczecin.period.from").value("2018-03-29"))
                .andExpect(jsonPath("$.state.showings.szczecin.cancelled").value(false));
        state("exhibition", exhibition.value(), "version", "2")
                .andExpect(jsonPath("$.state.showings.szczecin.cancelled").value(true));
    }

    @Test
    void foldsAnOrganisation() throws Exception {
        state("organisation", organisation.value(), "version", "0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.organisationId").value(organisation.value()))
                .andExpect(jsonPath("$.state.name").value("Związek Miast Polskich"))
                .andExpect(jsonPath("$.state.acronym").value("ZMP"));
    }

    @Test
    void answers404ForAnAggregateWithoutEvents() throws Exception {
        expectNotFound(state("project", ProjectId.newId().value(), "version", "0"));
        expectNotFound(state("project", ProjectId.newId().value(), "knownAt", "2030-01-01T00:00:00Z"));
    }

    @Test
    void answers404BeforeTheFirstEventWasRecorded() throws Exception {
        expectNotFound(state("project", project.value(), "knownAt", "2018-03-01T09:59:59.999Z"));
    }

    @Test
    void answers404ForAVersionNotReachedYet() throws Exception {
        expectNotFound(state("project", project.value(), "version", "4"))
                .andExpect(jsonPath("$.detail").value("project " + project.value() + " has no version 4"));
    }

    @Test
    void answers404WhenTheIdBelongsToAnotherKindOfAggregate() throws Exception {
        expectNotFound(state("project", organisation.value(), "version", "0"));
    }

    @Test
    void answers400ForAnUnknownAggregateType() throws Exception {
        expectBadRequest(state("projects", project.value(), "version", "0"), "aggregateType")
                .andExpect(jsonPath("$.errors[0].reason",
                        containsString("municipality, organisation, project, recruitment, exhibition")));
    }

    @Test
    void answers400WithNeitherAsOfNorVersion() throws Exception {
        expectBadRequest(mvc.perform(get("/api/audit/aggregates/project/{id}/state", project.value())), "asOf")
                .andExpect(jsonPath("$.errors[1].field").value("version"));
    }

    @Test
    void answers400WithBothAsOfAndVersion() throws Exception {
        expectBadRequest(mvc.perform(get("/api/audit/aggregates/project/{id}/state", project.value())
                .param("asOf", "2018-09-01T00:00:00Z").param("version", "1")), "asOf")
                .andExpect(jsonPath("$.errors[1].field").value("version"));
    }

    @Test
    void answers400ForANegativeVersion() throws Exception {
        expectBadRequest(state("project", project.value(), "version", "-1"), "version");
    }

    @Test
    void answers400ForAVersionThatIsNotANumber() throws Exception {
        expectBadRequest(state("project", project.value(), "version", "latest"), "version");
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2018-09-31", "2018-09-01T00:00:00", "2018-13-01T00:00:00Z"})
    void answers400ForAMomentThatIsNeitherAnInstantNorADate(String moment) throws Exception {
        expectBadRequest(state("project", project.value(), "asOf", moment), "asOf");
        expectBadRequest(state("project", project.value(), "knownAt", moment), "knownAt");
    }

    @Test
    void answers400WithKnownAtAndVersion() throws Exception {
        expectBadRequest(mvc.perform(get("/api/audit/aggregates/project/{id}/state", project.value())
                .param("knownAt", "2018-09-01T00:00:00Z").param("version", "1")), "asOf")
                .andExpect(jsonPath("$.errors[1].field").value("version"));
    }

    // --- business time: what had happened by then ---------------------------------------------

    @Test
    void asOfAnswersWhatHadHappenedByThatDateWhenEverItWasRecorded() throws Exception {
        ProjectId ppp = ProjectId.newId();
        dispatcher.dispatch(new RegisterProject(ppp, "PPP", null, null, organisation,
                new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)), Instant.parse("2016-12-31T23:00:00Z")));
        dispatcher.dispatch(new ChangeProjectStatus(ppp, ProjectStatus.IMPLEMENTATION, "started",
                Instant.parse("2017-03-01T09:00:00Z")));

        expectNotFound(state("project", ppp.value(), "asOf", "2016-12-31"))
                .andExpect(jsonPath("$.detail", containsString("had not started")));
        state("project", ppp.value(), "asOf", "2017-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2017-01-01T22:59:59.999999999Z"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.lastEventOccurredOn").value("2016-12-31T23:00:00Z"))
                .andExpect(jsonPath("$.state.status").value("PIPELINE"));
        state("project", ppp.value(), "asOf", "2018-12-31")
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.lastEventOccurredOn").value("2017-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.state.status").value("IMPLEMENTATION"));
    }

    @Test
    void aLateCorrectionChangesThePastOnlyForThoseAskingAfterItWasRecorded() throws Exception {
        ProjectId ppp = ProjectId.newId();
        at("2018-01-02T09:00:00Z", new RegisterProject(ppp, "PPP", null, null, organisation, null,
                Instant.parse("2018-01-01T09:00:00Z")));
        at("2018-01-02T09:00:00Z", new RecordFinancingAmount(ppp, FinancingItem.TOTAL_VALUE, Money.of("2000000", "PLN"),
                Approximation.ALMOST, "prawie 2 mln zł", Instant.parse("2018-01-01T09:00:00Z")));
        // recorded in 2026, about June 2018
        at("2026-01-15T09:00:00Z", new RecordFinancingAmount(ppp, FinancingItem.TOTAL_VALUE,
                Money.of("2500000", "PLN"), Approximation.EXACT, "korekta", Instant.parse("2018-06-01T09:00:00Z")));

        state("project", ppp.value(), "asOf", "2018-12-31", "knownAt", "2025-12-31T00:00:00Z")
                .andExpect(jsonPath("$.knownAt").value("2025-12-31T00:00:00Z"))
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.amount").value(2000000));
        state("project", ppp.value(), "asOf", "2018-12-31", "knownAt", "2026-01-15T09:00:00Z")
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.amount").value(2500000));
        state("project", ppp.value(), "asOf", "2018-12-31")
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.amount").value(2500000));
        // before the correction took effect, even today's knowledge says 2 mln
        state("project", ppp.value(), "asOf", "2018-05-31")
                .andExpect(jsonPath("$.state.financing.TOTAL_VALUE.amount.amount").value(2000000));
    }

    private void at(String instant, Object command) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        try {
            dispatcher.dispatch(command);
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    private ResultActions state(String type, String id, String parameter, String value) throws Exception {
        return mvc.perform(get("/api/audit/aggregates/{type}/{id}/state", type, id).param(parameter, value));
    }

    private ResultActions state(String type, String id, String parameter, String value, String otherParameter,
                                String otherValue) throws Exception {
        return mvc.perform(get("/api/audit/aggregates/{type}/{id}/state", type, id).param(parameter, value)
                .param(otherParameter, otherValue));
    }

    private static ResultActions expectNotFound(ResultActions result) throws Exception {
        return result.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    private static ResultActions expectBadRequest(ResultActions result, String field) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
