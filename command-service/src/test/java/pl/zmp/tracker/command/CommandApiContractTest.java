package pl.zmp.tracker.command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.zmp.tracker.platform.testing.ApiContract;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The command API's OpenAPI document against what the service really answers: every documented operation is called
 * with a success and with its main refusals (invalid or unknown input 400, unknown aggregate 404, conflicts 409,
 * rules 422), and each request and answer is validated against /v3/api-docs by swagger-request-validator. An
 * endpoint added without being called here fails the test.
 */
@SignedIn
@SpringBootTest(properties = {
        "spring.config.name=command-service",
        // an event store of its own: the seed this test loads must not meet other tests' registrations
        "spring.datasource.url=jdbc:h2:mem:command-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa"})
@AutoConfigureMockMvc
class CommandApiContractTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-00000000ffff";
    private static final String UNKNOWN_FIELD = "{\"nonsense\":1}";

    @Autowired
    private MockMvc mvc;

    private ApiContract contract;

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        contract = ApiContract.of(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        String organisation = id();
        String organisationBody = json("{'id':'" + organisation + "','name':'Fundacja " + suffix
                + "','kind':'FOUNDATION','country':'PL'}");
        MvcResult created = command("/api/organisations", organisationBody, 201);
        assertThat(created.getResponse().getHeader("Location"))
                .isEqualTo("http://localhost:8082/api/organisations/" + organisation);
        command("/api/organisations", organisationBody, 409);
        command("/api/organisations", UNKNOWN_FIELD, 400);
        check(post("/api/organisations").contentType(MediaType.TEXT_PLAIN).content("x"), 415);
        check(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).content(organisationBody)
                .with(anonymous()), 401);
        check(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).content(organisationBody)
                .with(user("viewer").roles("VIEWER")), 403);

        String place = id();
        String placeBody = json("{'id':'" + place + "','name':'Stadt " + suffix + "','country':'DE'}");
        command("/api/municipalities", placeBody, 201);
        command("/api/municipalities", placeBody, 409);
        command("/api/municipalities", json("{'name':'Nysa','tercCode':'1610044'}"), 422);
        command("/api/municipalities", UNKNOWN_FIELD, 400);
        String town = id();
        command("/api/municipalities", json("{'id':'" + town + "','name':'Dorf " + suffix + "','country':'DE'}"), 201);
        command("/api/municipalities/" + place + "/name", json("{'name':'Neustadt " + suffix + "'}"), 200);
        command("/api/municipalities/" + UNKNOWN + "/name", json("{'name':'X'}"), 404);
        command("/api/municipalities/" + place + "/membership", json("{'since':'1990-01-01'}"), 200);
        command("/api/municipalities/" + place + "/membership", json("{'since':'2000-01-01','until':'1990-01-01'}"), 422);
        command("/api/municipalities/" + place + "/codes", json("{'country':'DE'}"), 200);
        command("/api/municipalities/" + UNKNOWN + "/codes", json("{'country':'DE'}"), 404);

        String project = id();
        String projectBody = json("{'id':'" + project + "','title':'Projekt " + suffix + "','reportingOrganisationId':'"
                + organisation + "','plannedPeriod':{'from':'2017-01-01','to':'2019-12-31'}}");
        command("/api/projects", projectBody, 201);
        command("/api/projects", projectBody, 409);
        command("/api/projects", json("{'title':'X','reportingOrganisationId':'" + UNKNOWN + "'}"), 422);
        String base = "/api/projects/" + project;
        command(base + "/status", json("{'status':'IMPLEMENTATION','reason':'under way'}"), 200);
        command(base + "/status", json("{'status':'SOMEDAY'}"), 400);
        command(base + "/partners", json("{'organisationId':'" + organisation + "','role':'PARTNER'}"), 200);
        command(base + "/partners", json("{'organisationId':'" + organisation + "','role':'PARTNER'}"), 409);
        command(base + "/participants", json("{'municipalityId':'" + place + "','role':'PARTICIPATING_PLACE'}"), 200);
        command(base + "/participants", json("{'municipalityId':'" + place + "','role':'PARTICIPATING_PLACE'}"), 409);
        command(base + "/financing", json("{'item':'TOTAL_VALUE','amount':{'amount':2000000,'currency':'PLN'},"
                + "'approximation':'ALMOST'}"), 200);
        command(base + "/financing", UNKNOWN_FIELD, 400);
        command(base + "/co-financing-rate", json("{'ratePercent':88.6,'note':'Poziom dofinansowania'}"), 200);
        command(base + "/co-financing-rate", UNKNOWN_FIELD, 400);
        command(base + "/budget-lines", json("{'year':2019,'label':'each city','amount':{'amount':30000,"
                + "'currency':'EUR'},'approximation':'ABOVE'}"), 200);
        command(base + "/budget-lines", UNKNOWN_FIELD, 400);
        command(base + "/indicators", json("{'indicatorCode':'people-trained','name':'People trained',"
                + "'unit':'persons','target':1200,'targetApproximation':'ABOVE'}"), 200);
        command(base + "/indicators", json("{'indicatorCode':'people-trained','name':'People trained',"
                + "'unit':'persons','target':1200}"), 409);
        command(base + "/indicators/people-trained/actuals", json("{'value':1200,'approximation':'ABOVE',"
                + "'asOf':'2019-12-31','source':'deck'}"), 200);
        command(base + "/indicators/nothing/actuals", json("{'value':1,'asOf':'2019-12-31','source':'deck'}"), 422);
        command(base + "/milestones", json("{'milestoneCode':'book','title':'Sto lat ZMP','plannedOn':'2018-11-30'}"), 200);
        command(base + "/milestones", UNKNOWN_FIELD, 400);
        command(base + "/milestones/book/achievement", json("{'achievedOn':'2018-11-30'}"), 200);
        command(base + "/milestones/book/achievement", json("{'achievedOn':'2018-11-30'}"), 409);
        command(base + "/trainings", json("{'trainingCode':'finance-staff','municipalityId':'" + place
                + "','heldOn':'2018-05-14','attendees':45,'topic':'PPP for finance staff'}"), 200);
        command(base + "/trainings", json("{'trainingCode':'t','municipalityId':'" + place
                + "','heldOn':'2018-05-14','attendees':-1,'topic':'T'}"), 422);
        command(base + "/publications", json("{'series':'Biuletyn PPP','issueNumber':11,'title':'Issue 11',"
                + "'publishedOn':'2019-06-30'}"), 200);
        command(base + "/publications", json("{'series':'S','issueNumber':0}"), 422);
        command(base + "/partners/withdrawals", json("{'organisationId':'" + organisation + "','role':'PARTNER',"
                + "'reason':'left'}"), 200);
        command(base + "/partners/withdrawals", UNKNOWN_FIELD, 400);

        String recruitment = id();
        String recruitmentBody = json("{'id':'" + recruitment + "','projectId':'" + project
                + "','round':1,'title':'Nabór I','deadline':'2099-04-17T23:59:59+02:00','places':25}");
        command("/api/recruitments", recruitmentBody, 201);
        command("/api/recruitments", recruitmentBody.replace(recruitment, id()), 409);
        String calls = "/api/recruitments/" + recruitment;
        command(calls + "/applications", json("{'municipalityId':'" + place + "'}"), 200);
        command(calls + "/applications", json("{'municipalityId':'" + place + "'}"), 409);
        command(calls + "/applications", json("{'municipalityId':'" + town + "'}"), 200);
        command(calls + "/applications/" + place + "/acceptance", null, 200);
        command(calls + "/applications/" + place + "/acceptance", null, 409);
        command(calls + "/applications/" + town + "/rejection", json("{'reason':'no budget'}"), 200);
        command(calls + "/applications/" + town + "/rejection", json("{'reason':'no budget'}"), 409);
        String village = id();
        command("/api/municipalities", json("{'id':'" + village + "','name':'Weiler " + suffix + "','country':'DE'}"), 201);
        // the deadline has not passed: nothing is late
        command(calls + "/late-applications", json("{'municipalityId':'" + village
                + "','submittedAt':'2026-01-01T10:00:00+01:00','reason':'posted in time'}"), 422);
        command(calls + "/deadline", json("{'deadline':'2099-05-17T23:59:59+02:00'}"), 200);
        command(calls + "/deadline", json("{'deadline':'2099-01-01T00:00:00+01:00'}"), 422);
        command(calls + "/closure", null, 200);
        command(calls + "/closure", null, 409);
        String lateCall = id();
        command("/api/recruitments", json("{'id':'" + lateCall + "','projectId':'" + project
                + "','round':2,'title':'Nabór II','deadline':'2020-04-17T23:59:59+02:00'}"), 201);
        command("/api/recruitments/" + lateCall + "/late-applications", json("{'municipalityId':'" + town
                + "','submittedAt':'2020-04-17T10:00:00+02:00','reason':'posted in time'}"), 200);
        command(base + "/participants/withdrawals", json("{'municipalityId':'" + place
                + "','role':'PARTICIPATING_PLACE','reason':'council decision'}"), 200);
        command(base + "/participants/withdrawals", UNKNOWN_FIELD, 400);

        String exhibition = id();
        command("/api/exhibitions", json("{'id':'" + exhibition + "','projectId':'" + project + "','title':'Wystawa'}"), 201);
        command("/api/exhibitions", json("{'projectId':'" + UNKNOWN + "','title':'Wystawa'}"), 422);
        String showings = "/api/exhibitions/" + exhibition + "/showings";
        String showing = json("{'showingCode':'szczecin','venueName':'Muzeum " + suffix + "','city':'Szczecin',"
                + "'country':'PL','period':{'from':'2026-03-29','to':'2026-04-06'}}");
        command(showings, showing, 200);
        command(showings, showing, 409);
        command(showings + "/szczecin/reschedule", json("{'period':{'from':'2026-04-01','to':'2026-04-08'}}"), 200);
        command(showings + "/elsewhere/reschedule", json("{'period':{'from':'2026-04-01','to':'2026-04-08'}}"), 422);
        command(showings + "/szczecin/cancellation", json("{'reason':'flooded'}"), 200);
        command(showings + "/szczecin/cancellation", json("{'reason':'flooded'}"), 409);

        check(get("/api/audit/verify"), 200);
        check(get("/api/audit/verify").param("aggregateId", project), 200);
        check(get("/api/audit/verify").param("aggregate", project), 400);
        check(get("/api/audit/verify").with(user("coordinator").roles("COORDINATOR")), 403);
        check(post("/api/audit/seal"), 200);
        check(post("/api/audit/seal").param("now", "true"), 400);
        check(get("/api/audit/aggregates/{type}/{id}/state", "project", project).param("version", "0"), 200);
        check(get("/api/audit/aggregates/{type}/{id}/state", "project", project)
                .param("asOf", "2099-01-01T00:00:00Z"), 200);
        check(get("/api/audit/aggregates/{type}/{id}/state", "Project", project).param("version", "0"), 400);
        check(get("/api/audit/aggregates/{type}/{id}/state", "project", UNKNOWN).param("version", "0"), 404);

        check(post("/api/admin/seed"), 200);
        check(post("/api/admin/seed").with(user("coordinator").roles("COORDINATOR")), 403);

        contract.assertHonoured();
    }

    private MvcResult command(String path, String body, int expectedStatus) throws Exception {
        MockHttpServletRequestBuilder request = post(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return check(request, expectedStatus);
    }

    private MvcResult check(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("%s %s: %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(),
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        return contract.check(result);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** JSON written with single quotes, for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
