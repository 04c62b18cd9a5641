package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

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
@WebMvcTest(controllers = ProjectCommandController.class, properties = "spring.config.name=command-service")
class ProjectCommandControllerTest {

    private static final String ID = "3b0f6a2e-1d2c-4e5f-8a9b-0c1d2e3f4a01";
    private static final String ORG = "0d5a3c52-4f0e-4f5f-9a39-9b8f3c1d2e01";
    private static final String PLACE = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01";
    private static final ProjectId PROJECT = new ProjectId(ID);
    private static final String BASE = "/api/projects/" + ID;

    private static final String REGISTER = json("{'id':'" + ID + "','title':' Rozwój PPP w Polsce ',"
            + "'programmeLine':' PPP ','description':' Consortium of ZMP and ZPP ','reportingOrganisationId':'" + ORG
            + "','plannedPeriod':{'from':'2017-01-01','to':'2019-12-31'}}");
    private static final String STATUS = json("{'status':'IMPLEMENTATION','reason':' under way '}");
    private static final String PARTNER = json("{'organisationId':'" + ORG + "','role':'PARTNER','note':' consortium '}");
    private static final String PARTNER_WITHDRAWAL =
            json("{'organisationId':'" + ORG + "','role':'PARTNER','reason':' left '}");
    private static final String PARTICIPANT =
            json("{'municipalityId':'" + PLACE + "','role':'PARTICIPATING_PLACE','note':' one of 12 '}");
    private static final String PARTICIPANT_WITHDRAWAL =
            json("{'municipalityId':'" + PLACE + "','role':'PARTICIPATING_PLACE','reason':' council decision '}");
    private static final String FINANCING = json("{'item':'TOTAL_VALUE','amount':{'amount':2000000,'currency':'PLN'},"
            + "'approximation':'ALMOST','note':' prawie 2 mln zł '}");
    private static final String RATE = json("{'ratePercent':88.6,'note':' Poziom dofinansowania: 88,6% '}");
    private static final String BUDGET_LINE = json("{'year':2019,'label':' each city budget ',"
            + "'amount':{'amount':30000,'currency':'EUR'},'approximation':'ABOVE'}");
    private static final String INDICATOR = json("{'indicatorCode':'people-trained','name':' People trained ',"
            + "'unit':' persons ','target':1200,'targetApproximation':'ABOVE'}");
    private static final String ACTUAL = json("{'value':1200,'approximation':'ABOVE','asOf':'2019-12-31',"
            + "'source':' ZMP projects slide deck '}");
    private static final String MILESTONE = json("{'milestoneCode':'book','title':' Sto lat ZMP ','plannedOn':'2018-11-30'}");
    private static final String ACHIEVEMENT = json("{'achievedOn':'2018-11-30'}");
    private static final String TRAINING = json("{'trainingCode':'finance-staff-gdansk','municipalityId':'" + PLACE
            + "','heldOn':'2018-05-14','attendees':45,'topic':' PPP for finance staff '}");
    private static final String PUBLICATION =
            json("{'series':' Biuletyn PPP ','issueNumber':11,'title':' Issue 11 ','publishedOn':'2019-06-30'}");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    /** JSON written with single quotes, for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectAccepted(String path, String body, Object command) throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 57));

        postJson(path, body)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.globalPosition").value(57));

        verify(dispatcher).dispatch(eq(command), any());
    }

    // --- one success per endpoint, with the exact command sent ------------------------------------

    @Test
    void registersProjectAndAnswersCreatedWithLocation() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 42));

        postJson("/api/projects", REGISTER)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost:8082/api/projects/" + ID))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.aggregateId").value(ID))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.globalPosition").value(42));

        verify(dispatcher).dispatch(eq(new RegisterProject(PROJECT, "Rozwój PPP w Polsce", "PPP",
                "Consortium of ZMP and ZPP", new OrganisationId(ORG),
                new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)))), eq(CommandOptions.NONE));
    }

    @Test
    void generatesProjectIdWhenNoneGiven() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 0, 42));

        postJson("/api/projects", json("{'title':'System monitorowania','reportingOrganisationId':'" + ORG + "'}"))
                .andExpect(status().isCreated());

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(dispatcher).dispatch(sent.capture(), any());
        RegisterProject command = (RegisterProject) sent.getValue();
        assertThat(command.projectId()).isNotNull();
        assertThat(command).isEqualTo(new RegisterProject(command.projectId(), "System monitorowania", null, null,
                new OrganisationId(ORG), null));
    }

    @Test
    void passesExpectedVersionAndIdempotencyKeyFromHeaders() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt(ID, 4, 57));

        mvc.perform(post(BASE + "/status").contentType(MediaType.APPLICATION_JSON).content(STATUS)
                        .header("If-Match", "\"3\"").header("Idempotency-Key", "status-1"))
                .andExpect(status().isOk());

        verify(dispatcher).dispatch(eq(new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "under way")),
                eq(new CommandOptions(3L, "status-1")));
    }

    @Test
    void changesStatusOnTheDateTheCoordinatorGives() throws Exception {
        expectAccepted(BASE + "/status", json("{'status':'IMPLEMENTATION','occurredOn':'2018-06-01'}"),
                new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, null,
                        Instant.parse("2018-05-31T22:00:00Z")));
    }

    @Test
    void recordsFinancingAtTheMomentTheCoordinatorGives() throws Exception {
        expectAccepted(BASE + "/financing", json("{'item':'TOTAL_VALUE','amount':{'amount':2000000,'currency':'PLN'},"
                        + "'occurredOn':'2018-06-01T10:00:00+02:00'}"),
                new RecordFinancingAmount(PROJECT, FinancingItem.TOTAL_VALUE, Money.of("2000000", "PLN"), null, null,
                        Instant.parse("2018-06-01T08:00:00Z")));
    }

    @Test
    void changesStatus() throws Exception {
        expectAccepted(BASE + "/status", STATUS,
                new ChangeProjectStatus(PROJECT, ProjectStatus.IMPLEMENTATION, "under way"));
    }

    @Test
    void addsPartner() throws Exception {
        expectAccepted(BASE + "/partners", PARTNER,
                new AddPartner(PROJECT, new OrganisationId(ORG), PartnerRole.PARTNER, "consortium"));
    }

    @Test
    void withdrawsPartner() throws Exception {
        expectAccepted(BASE + "/partners/withdrawals", PARTNER_WITHDRAWAL,
                new WithdrawPartner(PROJECT, new OrganisationId(ORG), PartnerRole.PARTNER, "left"));
    }

    @Test
    void enrolsMunicipality() throws Exception {
        expectAccepted(BASE + "/participants", PARTICIPANT,
                new EnrolMunicipality(PROJECT, new MunicipalityId(PLACE), ParticipantRole.PARTICIPATING_PLACE, "one of 12"));
    }

    @Test
    void withdrawsMunicipality() throws Exception {
        expectAccepted(BASE + "/participants/withdrawals", PARTICIPANT_WITHDRAWAL,
                new WithdrawMunicipality(PROJECT, new MunicipalityId(PLACE), ParticipantRole.PARTICIPATING_PLACE,
                        "council decision"));
    }

    @Test
    void recordsFinancingAmount() throws Exception {
        expectAccepted(BASE + "/financing", FINANCING, new RecordFinancingAmount(PROJECT, FinancingItem.TOTAL_VALUE,
                Money.of("2000000", "PLN"), Approximation.ALMOST, "prawie 2 mln zł"));
    }

    @Test
    void recordsFinancingAmountWithoutQualifierLeavingItToTheDomain() throws Exception {
        expectAccepted(BASE + "/financing", json("{'item':'GRANT','amount':{'amount':261000.5,'currency':'PLN'}}"),
                new RecordFinancingAmount(PROJECT, FinancingItem.GRANT, Money.of("261000.50", "PLN"), null, null));
    }

    @Test
    void declaresCoFinancingRate() throws Exception {
        expectAccepted(BASE + "/co-financing-rate", RATE,
                new DeclareCoFinancingRate(PROJECT, new BigDecimal("88.6"), "Poziom dofinansowania: 88,6%"));
    }

    @Test
    void addsBudgetLine() throws Exception {
        expectAccepted(BASE + "/budget-lines", BUDGET_LINE,
                new AddBudgetLine(PROJECT, 2019, "each city budget", Money.of("30000", "EUR"), Approximation.ABOVE));
    }

    @Test
    void definesIndicator() throws Exception {
        expectAccepted(BASE + "/indicators", INDICATOR, new DefineIndicator(PROJECT, "people-trained", "People trained",
                "persons", new BigDecimal("1200"), Approximation.ABOVE));
    }

    @Test
    void recordsIndicatorActual() throws Exception {
        expectAccepted(BASE + "/indicators/people-trained/actuals", ACTUAL, new RecordIndicatorActual(PROJECT,
                "people-trained", new BigDecimal("1200"), Approximation.ABOVE, LocalDate.of(2019, 12, 31),
                "ZMP projects slide deck"));
    }

    @Test
    void plansMilestone() throws Exception {
        expectAccepted(BASE + "/milestones", MILESTONE,
                new PlanMilestone(PROJECT, "book", "Sto lat ZMP", LocalDate.of(2018, 11, 30)));
    }

    @Test
    void achievesMilestone() throws Exception {
        expectAccepted(BASE + "/milestones/book/achievement", ACHIEVEMENT,
                new AchieveMilestone(PROJECT, "book", LocalDate.of(2018, 11, 30)));
    }

    @Test
    void recordsTraining() throws Exception {
        expectAccepted(BASE + "/trainings", TRAINING, new RecordTraining(PROJECT, "finance-staff-gdansk",
                new MunicipalityId(PLACE), LocalDate.of(2018, 5, 14), 45, "PPP for finance staff"));
    }

    @Test
    void recordsPublication() throws Exception {
        expectAccepted(BASE + "/publications", PUBLICATION,
                new RecordPublication(PROJECT, "Biuletyn PPP", 11, "Issue 11", LocalDate.of(2019, 6, 30)));
    }

    @Test
    void recordsUnnumberedPublication() throws Exception {
        expectAccepted(BASE + "/publications", json("{'series':'Książka'}"),
                new RecordPublication(PROJECT, "Książka", null, null, null));
    }

    /** Ranges the domain owns (422 INVALID_YEAR, INVALID_TARGET…) are not refused as malformed requests. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("domainRanges")
    void leavesDomainRangesToTheAggregate(String path, String body, Object command) throws Exception {
        expectAccepted(path, body, command);
    }

    static Stream<Arguments> domainRanges() {
        return Stream.of(
                Arguments.of(BASE + "/budget-lines", json("{'year':1800,'label':'cost','amount':{'amount':1,'currency':'PLN'}}"),
                        new AddBudgetLine(PROJECT, 1800, "cost", Money.of("1", "PLN"), null)),
                Arguments.of(BASE + "/indicators", json("{'indicatorCode':'x','name':'X','unit':'u','target':-1}"),
                        new DefineIndicator(PROJECT, "x", "X", "u", new BigDecimal("-1"), null)),
                Arguments.of(BASE + "/indicators/x/actuals",
                        json("{'value':-1,'asOf':'2019-01-01','source':'deck'}"),
                        new RecordIndicatorActual(PROJECT, "x", new BigDecimal("-1"), null, LocalDate.of(2019, 1, 1), "deck")),
                Arguments.of(BASE + "/trainings",
                        json("{'trainingCode':'t','municipalityId':'" + PLACE + "','attendees':-1,'topic':'T'}"),
                        new RecordTraining(PROJECT, "t", new MunicipalityId(PLACE), null, -1, "T")),
                Arguments.of(BASE + "/publications", json("{'series':'S','issueNumber':0}"),
                        new RecordPublication(PROJECT, "S", 0, null, null)));
    }

    // --- 400: each validation rule names its field -----------------------------------------------

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("invalidRequests")
    void rejectsInvalidRequestNamingTheField(String path, String body, String field) throws Exception {
        postJson(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(dispatcher);
    }

    static Stream<Arguments> invalidRequests() {
        String longTitle = "x".repeat(301);
        String longNote = "x".repeat(1001);
        String org = "'reportingOrganisationId':'" + ORG + "'";
        String money = "'amount':{'amount':1,'currency':'PLN'}";
        return Stream.of(
                // register
                bad("/api/projects", "{" + org + "}", "title"),
                bad("/api/projects", "{'title':'  '," + org + "}", "title"),
                bad("/api/projects", "{'title':'" + longTitle + "'," + org + "}", "title"),
                bad("/api/projects", "{'title':'T','programmeLine':' '," + org + "}", "programmeLine"),
                bad("/api/projects", "{'title':'T','programmeLine':'" + longTitle + "'," + org + "}", "programmeLine"),
                bad("/api/projects", "{'title':'T','description':' '," + org + "}", "description"),
                bad("/api/projects", "{'title':'T','description':'" + "x".repeat(5001) + "'," + org + "}", "description"),
                bad("/api/projects", "{'title':'T'}", "reportingOrganisationId"),
                bad("/api/projects", "{'title':'T','reportingOrganisationId':'zmp'}", "reportingOrganisationId"),
                bad("/api/projects", "{'id':'not-a-uuid','title':'T'," + org + "}", "id"),
                bad("/api/projects", "{'title':'T'," + org + ",'plannedPeriod':{'to':'2019-12-31'}}", "plannedPeriod.from"),
                bad("/api/projects", "{'title':'T'," + org + ",'plannedPeriod':{'from':'2019-01-01'}}", "plannedPeriod.to"),
                bad("/api/projects", "{'title':'T'," + org + ",'plannedPeriod':{'from':'2019-01-01','to':'2018-12-31'}}",
                        "plannedPeriod.to"),
                bad("/api/projects", "{'title':'T'," + org + ",'plannedPeriod':{'from':'01.01.2019','to':'2019-12-31'}}",
                        "plannedPeriod.from"),
                bad("/api/projects", "{'title':'T'," + org + ",'status':'CLOSED'}", "status"),
                // status
                bad(BASE + "/status", "{'reason':'r'}", "status"),
                bad(BASE + "/status", "{'status':'FINISHED'}", "status"),
                bad(BASE + "/status", "{'status':'CLOSED','reason':' '}", "reason"),
                bad(BASE + "/status", "{'status':'CLOSED','reason':'" + longNote + "'}", "reason"),
                bad("/api/projects/not-a-uuid/status", "{'status':'CLOSED'}", "projectId"),
                // partners
                bad(BASE + "/partners", "{'role':'PARTNER'}", "organisationId"),
                bad(BASE + "/partners", "{'organisationId':'zpp','role':'PARTNER'}", "organisationId"),
                bad(BASE + "/partners", "{'organisationId':'" + ORG + "'}", "role"),
                bad(BASE + "/partners", "{'organisationId':'" + ORG + "','role':'SPONSOR'}", "role"),
                bad(BASE + "/partners", "{'organisationId':'" + ORG + "','role':'PARTNER','note':'" + longNote + "'}", "note"),
                bad(BASE + "/partners", "{'organisationId':'" + ORG + "','role':'PARTNER','note':''}", "note"),
                bad(BASE + "/partners/withdrawals", "{'role':'PARTNER'}", "organisationId"),
                bad(BASE + "/partners/withdrawals", "{'organisationId':'zpp','role':'PARTNER'}", "organisationId"),
                bad(BASE + "/partners/withdrawals", "{'organisationId':'" + ORG + "'}", "role"),
                bad(BASE + "/partners/withdrawals",
                        "{'organisationId':'" + ORG + "','role':'PARTNER','reason':'" + longNote + "'}", "reason"),
                // participants
                bad(BASE + "/participants", "{'role':'PARTICIPATING_PLACE'}", "municipalityId"),
                bad(BASE + "/participants", "{'municipalityId':'gdansk','role':'PARTICIPATING_PLACE'}", "municipalityId"),
                bad(BASE + "/participants", "{'municipalityId':'" + PLACE + "'}", "role"),
                bad(BASE + "/participants", "{'municipalityId':'" + PLACE + "','role':'MAYOR'}", "role"),
                bad(BASE + "/participants",
                        "{'municipalityId':'" + PLACE + "','role':'TRAINING_HOST','note':'" + longNote + "'}", "note"),
                bad(BASE + "/participants/withdrawals", "{'role':'TRAINING_HOST'}", "municipalityId"),
                bad(BASE + "/participants/withdrawals", "{'municipalityId':'gdansk','role':'TRAINING_HOST'}",
                        "municipalityId"),
                bad(BASE + "/participants/withdrawals", "{'municipalityId':'" + PLACE + "'}", "role"),
                bad(BASE + "/participants/withdrawals",
                        "{'municipalityId':'" + PLACE + "','role':'TRAINING_HOST','reason':' '}", "reason"),
                // financing
                bad(BASE + "/financing", "{" + money + "}", "item"),
                bad(BASE + "/financing", "{'item':'LOAN'," + money + "}", "item"),
                bad(BASE + "/financing", "{'item':'GRANT'}", "amount"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'currency':'PLN'}}", "amount.amount"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':-1,'currency':'PLN'}}", "amount.amount"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':1.005,'currency':'PLN'}}", "amount.amount"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':1.5,'currency':'JPY'}}", "amount.amount"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':1}}", "amount.currency"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':1,'currency':'zł'}}", "amount.currency"),
                bad(BASE + "/financing", "{'item':'GRANT','amount':{'amount':1,'currency':'XYZ'}}", "amount.currency"),
                bad(BASE + "/financing", "{'item':'GRANT'," + money + ",'approximation':'ROUGHLY'}", "approximation"),
                bad(BASE + "/financing", "{'item':'GRANT'," + money + ",'note':'" + longNote + "'}", "note"),
                // co-financing rate
                bad(BASE + "/co-financing-rate", "{'note':'n'}", "ratePercent"),
                bad(BASE + "/co-financing-rate", "{'ratePercent':-0.1}", "ratePercent"),
                bad(BASE + "/co-financing-rate", "{'ratePercent':100.01}", "ratePercent"),
                bad(BASE + "/co-financing-rate", "{'ratePercent':'high'}", "ratePercent"),
                bad(BASE + "/co-financing-rate", "{'ratePercent':90,'note':'" + longNote + "'}", "note"),
                // budget lines
                bad(BASE + "/budget-lines", "{'label':'L'," + money + "}", "year"),
                bad(BASE + "/budget-lines", "{'year':'next','label':'L'," + money + "}", "year"),
                bad(BASE + "/budget-lines", "{'year':2018," + money + "}", "label"),
                bad(BASE + "/budget-lines", "{'year':2018,'label':' '," + money + "}", "label"),
                bad(BASE + "/budget-lines", "{'year':2018,'label':'" + longTitle + "'," + money + "}", "label"),
                bad(BASE + "/budget-lines", "{'year':2018,'label':'L'}", "amount"),
                bad(BASE + "/budget-lines", "{'year':2018,'label':'L','amount':{'amount':1,'currency':'eur'}}",
                        "amount.currency"),
                // indicators
                bad(BASE + "/indicators", "{'name':'N','unit':'u'}", "indicatorCode"),
                bad(BASE + "/indicators", "{'indicatorCode':'People_Trained','name':'N','unit':'u'}", "indicatorCode"),
                bad(BASE + "/indicators", "{'indicatorCode':'-trained','name':'N','unit':'u'}", "indicatorCode"),
                bad(BASE + "/indicators", "{'indicatorCode':'" + "a".repeat(61) + "','name':'N','unit':'u'}",
                        "indicatorCode"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','unit':'u'}", "name"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','name':'" + longTitle + "','unit':'u'}", "name"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','name':'N'}", "unit"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','name':'N','unit':'" + "u".repeat(51) + "'}", "unit"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','name':'N','unit':'u','target':'many'}", "target"),
                bad(BASE + "/indicators", "{'indicatorCode':'c','name':'N','unit':'u','targetApproximation':'ABOVE'}",
                        "targetApproximation"),
                // indicator actuals
                bad(BASE + "/indicators/c/actuals", "{'asOf':'2019-12-31','source':'S'}", "value"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'source':'S'}", "asOf"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'asOf':'2019-13-01','source':'S'}", "asOf"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'asOf':'2019-12-31'}", "source"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'asOf':'2019-12-31','source':' '}", "source"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'asOf':'2019-12-31','source':'" + longNote + "'}", "source"),
                bad(BASE + "/indicators/c/actuals", "{'value':1,'approximation':'SOME','asOf':'2019-12-31','source':'S'}",
                        "approximation"),
                bad(BASE + "/indicators/People/actuals", "{'value':1,'asOf':'2019-12-31','source':'S'}", "indicatorCode"),
                // milestones
                bad(BASE + "/milestones", "{'title':'T'}", "milestoneCode"),
                bad(BASE + "/milestones", "{'milestoneCode':'the book','title':'T'}", "milestoneCode"),
                bad(BASE + "/milestones", "{'milestoneCode':'book'}", "title"),
                bad(BASE + "/milestones", "{'milestoneCode':'book','title':'" + longTitle + "'}", "title"),
                bad(BASE + "/milestones", "{'milestoneCode':'book','title':'T','plannedOn':'soon'}", "plannedOn"),
                bad(BASE + "/milestones/book/achievement", "{}", "achievedOn"),
                bad(BASE + "/milestones/book/achievement", "{'achievedOn':'2018-11-31'}", "achievedOn"),
                bad(BASE + "/milestones/Book!/achievement", "{'achievedOn':'2018-11-30'}", "milestoneCode"),
                // trainings
                bad(BASE + "/trainings", "{'municipalityId':'" + PLACE + "','topic':'T'}", "trainingCode"),
                bad(BASE + "/trainings", "{'trainingCode':'A','municipalityId':'" + PLACE + "','topic':'T'}", "trainingCode"),
                bad(BASE + "/trainings", "{'trainingCode':'t','topic':'T'}", "municipalityId"),
                bad(BASE + "/trainings", "{'trainingCode':'t','municipalityId':'gdansk','topic':'T'}", "municipalityId"),
                bad(BASE + "/trainings", "{'trainingCode':'t','municipalityId':'" + PLACE + "'}", "topic"),
                bad(BASE + "/trainings", "{'trainingCode':'t','municipalityId':'" + PLACE + "','topic':'" + longTitle + "'}",
                        "topic"),
                bad(BASE + "/trainings", "{'trainingCode':'t','municipalityId':'" + PLACE + "','topic':'T','heldOn':'May'}",
                        "heldOn"),
                bad(BASE + "/trainings", "{'trainingCode':'t','municipalityId':'" + PLACE + "','topic':'T','attendees':'many'}",
                        "attendees"),
                // publications
                bad(BASE + "/publications", "{'issueNumber':1}", "series"),
                bad(BASE + "/publications", "{'series':' '}", "series"),
                bad(BASE + "/publications", "{'series':'" + longTitle + "'}", "series"),
                bad(BASE + "/publications", "{'series':'S','issueNumber':'XI'}", "issueNumber"),
                bad(BASE + "/publications", "{'series':'S','title':' '}", "title"),
                bad(BASE + "/publications", "{'series':'S','title':'" + longTitle + "'}", "title"),
                bad(BASE + "/publications", "{'series':'S','publishedOn':'2019'}", "publishedOn"),
                // business time: a date or an instant with offset, nothing else
                bad(BASE + "/status", "{'status':'IMPLEMENTATION','occurredOn':'2018'}", "occurredOn"),
                bad(BASE + "/status", "{'status':'IMPLEMENTATION','occurredOn':'2018-06-01T10:00:00'}", "occurredOn"),
                bad(BASE + "/financing", "{'item':'TOTAL_VALUE'," + money + ",'occurredOn':'01.06.2018'}", "occurredOn"));
    }

    private static Arguments bad(String path, String singleQuotedBody, String field) {
        return Arguments.of(path, json(singleQuotedBody), field);
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        postJson(BASE + "/partners", "{\"role\":")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(dispatcher);
    }

    // --- 409/422: the domain's refusals carry their code -----------------------------------------

    @ParameterizedTest(name = "{2} on {0}")
    @MethodSource("refusals")
    void answersDomainRefusalWithItsStatusAndCode(String path, String body, String code, int status) throws Exception {
        CommandRejectedException refusal = status == 409
                ? CommandRejectedException.conflict(code, "refused: " + code)
                : CommandRejectedException.ruleViolation(code, "refused: " + code);
        when(dispatcher.dispatch(any(), any())).thenThrow(refusal);

        postJson(path, body)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value("refused: " + code));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("/api/projects", REGISTER, "UNKNOWN_ORGANISATION", 422),
                Arguments.of(BASE + "/status", STATUS, "ILLEGAL_STATUS_TRANSITION", 422),
                Arguments.of(BASE + "/partners", PARTNER, "PARTNER_ALREADY_ADDED", 409),
                Arguments.of(BASE + "/partners", PARTNER, "UNKNOWN_ORGANISATION", 422),
                Arguments.of(BASE + "/partners", PARTNER, "PROJECT_ENDED", 422),
                Arguments.of(BASE + "/partners/withdrawals", PARTNER_WITHDRAWAL, "NOT_A_PARTNER", 422),
                Arguments.of(BASE + "/participants", PARTICIPANT, "ALREADY_ENROLLED", 409),
                Arguments.of(BASE + "/participants", PARTICIPANT, "UNKNOWN_MUNICIPALITY", 422),
                Arguments.of(BASE + "/participants", PARTICIPANT, "PROJECT_ENDED", 422),
                Arguments.of(BASE + "/participants/withdrawals", PARTICIPANT_WITHDRAWAL, "NOT_ENROLLED", 422),
                Arguments.of(BASE + "/co-financing-rate", RATE, "INVALID_RATE", 422),
                Arguments.of(BASE + "/budget-lines", BUDGET_LINE, "INVALID_YEAR", 422),
                Arguments.of(BASE + "/indicators", INDICATOR, "INDICATOR_ALREADY_DEFINED", 409),
                Arguments.of(BASE + "/indicators", INDICATOR, "INVALID_TARGET", 422),
                Arguments.of(BASE + "/indicators/people-trained/actuals", ACTUAL, "UNKNOWN_INDICATOR", 422),
                Arguments.of(BASE + "/indicators/people-trained/actuals", ACTUAL, "INVALID_VALUE", 422),
                Arguments.of(BASE + "/milestones", MILESTONE, "MILESTONE_ALREADY_PLANNED", 409),
                Arguments.of(BASE + "/milestones/book/achievement", ACHIEVEMENT, "UNKNOWN_MILESTONE", 422),
                Arguments.of(BASE + "/milestones/book/achievement", ACHIEVEMENT, "MILESTONE_ALREADY_ACHIEVED", 409),
                Arguments.of(BASE + "/trainings", TRAINING, "TRAINING_ALREADY_RECORDED", 409),
                Arguments.of(BASE + "/trainings", TRAINING, "UNKNOWN_MUNICIPALITY", 422),
                Arguments.of(BASE + "/trainings", TRAINING, "INVALID_ATTENDEES", 422),
                Arguments.of(BASE + "/publications", PUBLICATION, "PUBLICATION_ALREADY_RECORDED", 409),
                Arguments.of(BASE + "/publications", PUBLICATION, "INVALID_ISSUE_NUMBER", 422));
    }

    @Test
    void answersTakenProjectIdWith409AlreadyExists() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(new AggregateStreamCreationException("taken"));

        postJson("/api/projects", REGISTER)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
    }

    @Test
    void answersUnknownProjectWith404() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(new AggregateNotFoundException(ID, "no such project"));

        postJson(BASE + "/financing", FINANCING)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
