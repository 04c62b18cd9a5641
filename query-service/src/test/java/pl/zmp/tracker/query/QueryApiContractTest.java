package pl.zmp.tracker.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import pl.zmp.tracker.platform.testing.ApiContract;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import pl.zmp.tracker.query.projection.LiveReadModels;
import pl.zmp.tracker.query.rebuild.ReadModelRebuilds;
import pl.zmp.tracker.query.audit.AuditedRemark;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.municipality.MunicipalityView;
import pl.zmp.tracker.query.organisation.OrganisationView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The query API's OpenAPI document against what the service really answers: every documented operation is called,
 * with a success and with its main refusals, and each request and answer is validated against /v3/api-docs by
 * swagger-request-validator. An endpoint added without being called here fails the test.
 */
class QueryApiContractTest extends QueryServiceIntegrationTest {

    private static final String WARSZAWA = "00000000-0000-0000-0000-00000000c0a1";
    private static final String LODZ = "00000000-0000-0000-0000-00000000c0a2";
    private static final String ZMP = "00000000-0000-0000-0000-00000000c0b1";
    private static final String PROJECT = "00000000-0000-0000-0000-00000000c0c1";
    private static final String RECRUITMENT = "00000000-0000-0000-0000-00000000c0d1";
    private static final String EXHIBITION = "00000000-0000-0000-0000-00000000c0e1";
    private static final String UNKNOWN = "00000000-0000-0000-0000-00000000ffff";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EventStore eventStore;

    private ApiContract contract;
    private String audited;

    @BeforeEach
    void readModelsAndEvents() throws Exception {
        awaitProjectionsCaughtUp();
        List.of(MunicipalityView.class, OrganisationView.class, ProjectView.class, RecruitmentView.class,
                ExhibitionView.class).forEach(mongo::dropCollection);
        mongo.save(new MunicipalityView(WARSZAWA, "Warszawa", "CITY", "PL", "1465011", "Warszawa", null,
                LocalDate.of(1990, 1, 1), null, 0));
        mongo.save(new MunicipalityView(LODZ, "Łódź", "CITY", "PL", "1061011", "Łódź", null, null, null, 1));
        mongo.save(new OrganisationView(ZMP, "Związek Miast Polskich", "ZMP", "ASSOCIATION", "PL", null, null, 0));

        ProjectView project = new ProjectView(PROJECT);
        project.setTitle("Przestrzeń dla partycypacji");
        project.setStatus("IMPLEMENTATION");
        project.setReportingOrganisationId(ZMP);
        project.setPlannedFrom(LocalDate.of(2018, 1, 1));
        project.setPlannedTo(LocalDate.of(2019, 12, 31));
        project.setYears(List.of(2018, 2019));
        project.getParticipants().add(new ProjectView.Participant(WARSZAWA, "PARTICIPATING_PLACE", null, true));
        project.getPartners().add(new ProjectView.Partner(ZMP, "LEAD", null, true));
        project.getFinancing().add(new ProjectView.FinancingFigure("TOTAL_VALUE",
                new ProjectView.Amount(new BigDecimal("295000.00"), "PLN"), "EXACT", null));
        project.setVersion(3);
        mongo.save(project);

        RecruitmentView call = new RecruitmentView(RECRUITMENT);
        call.setProjectId(PROJECT);
        call.setRound(1);
        call.setTitle("Nabór I");
        call.setDeadline(OffsetDateTime.of(2099, 4, 17, 23, 59, 59, 0, ZoneOffset.ofHours(2)));
        call.setPlaces(25);
        call.getApplications().add(new RecruitmentView.Application(WARSZAWA, Instant.parse("2026-04-01T10:00:00Z"),
                "SUBMITTED", null));
        mongo.save(call);

        ExhibitionView exhibition = new ExhibitionView(EXHIBITION);
        exhibition.setProjectId(PROJECT);
        exhibition.setTitle("Wystawa");
        exhibition.getShowings().add(new ExhibitionView.Showing("szczecin", "Muzeum Narodowe", "Szczecin", "PL",
                LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 6), List.of(), false, null));
        mongo.save(exhibition);

        audited = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Project", audited, 0, new GenericMessage<>(
                new AuditedRemark("checked"), Map.of("actor", "coordinator", "correlationId", "c-1",
                "causationId", "c-1", "commandName", "RecordRemark", "commandTime", Instant.now().toString())),
                Instant.now()));

        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        contract = ApiContract.of(document);
    }

    @Autowired
    private ReadModelRebuilds rebuilds;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        assertThat(contract.operations()).contains("GET /api/municipalities", "GET /api/projects/{projectId}");

        for (String list : List.of("/api/municipalities", "/api/organisations", "/api/projects", "/api/recruitments",
                "/api/exhibitions")) {
            check(get(list), 200);
            check(get(list).param("q", "a").param("page", "0").param("size", "5").param("direction", "desc"), 200);
            check(get(list).param("size", "0"), 400);
            check(get(list).param("sort", "nonsense"), 400);
            check(get(list).param("unknown", "1"), 400);
            check(get(list).with(anonymous()), 401);
            check(get(list).with(user("operator").roles("ADMIN")), 403);
        }
        check(get("/api/projects").param("status", "IMPLEMENTATION").param("year", "2018")
                .param("municipalityId", WARSZAWA).param("partnerId", ZMP).param("sort", "plannedFrom"), 200);
        check(get("/api/projects").param("status", "DREAMING"), 400);
        check(get("/api/recruitments").param("state", "open").param("sort", "title"), 200);

        check(get("/api/municipalities/{id}", WARSZAWA), 200);
        check(get("/api/municipalities/{id}", UNKNOWN), 404);
        check(get("/api/municipalities/{id}/portfolio", WARSZAWA), 200);
        check(get("/api/municipalities/{id}/portfolio", UNKNOWN), 404);
        check(get("/api/organisations/{id}", ZMP), 200);
        check(get("/api/organisations/{id}", UNKNOWN), 404);
        check(get("/api/projects/{id}", PROJECT), 200);
        check(get("/api/projects/{id}", UNKNOWN), 404);
        check(get("/api/projects/{id}", "not-a-uuid"), 400);
        check(get("/api/recruitments/{id}", RECRUITMENT), 200);
        check(get("/api/recruitments/{id}", UNKNOWN), 404);
        check(get("/api/exhibitions/{id}", EXHIBITION), 200);
        check(get("/api/exhibitions/{id}", UNKNOWN), 404);
        check(get("/api/exhibitions/calendar").param("from", "2026-01-01").param("to", "2026-12-31")
                .param("venue", "muzeum").param("country", "PL").param("includeCancelled", "true"), 200);
        check(get("/api/exhibitions/calendar").param("from", "1 May"), 400);

        check(get("/api/projects/export").param("format", "csv").param("separator", "semicolon"), 200);
        check(get("/api/projects/export").param("format", "xlsx").param("status", "IMPLEMENTATION"), 200);
        check(get("/api/projects/export").param("format", "pdf"), 400);
        check(get("/api/recruitments/export").param("format", "csv").param("state", "all"), 200);
        check(get("/api/recruitments/export").param("format", "xlsx").param("projectId", PROJECT), 200);
        check(get("/api/recruitments/export").param("separator", "tab"), 400);
        check(get("/api/calendar.ics"), 200);
        check(get("/api/calendar.ics").param("projectId", PROJECT), 200);
        check(get("/api/calendar.ics").param("projectId", "not-a-uuid"), 400);

        check(get("/api/terc").param("q", "sołec zdrój").param("size", "3"), 200);
        check(get("/api/terc").param("q", " "), 400);
        check(get("/api/terc"), 400);

        check(get("/api/dashboard/statistics"), 200);
        check(get("/api/dashboard/statistics").param("asOf", "2018-12-31T23:59:59Z"), 200);
        check(get("/api/dashboard/statistics").param("asOf", "yesterday"), 400);
        check(get("/api/dashboard/statistics").param("asOf", "2018-12-31").param("knownAt", "2026-01-01T00:00:00Z"), 200);
        check(get("/api/dashboard/snapshot").param("asOf", "2018-12-31"), 200);
        check(get("/api/dashboard/snapshot").param("asOf", "2018-12-31").param("knownAt", "2026-01-01T00:00:00Z"), 200);
        check(get("/api/dashboard/snapshot").param("asOf", "yesterday"), 400);
        check(get("/api/dashboard/stream"), 200);
        check(get("/api/dashboard/stream").with(anonymous()), 401);

        check(get("/api/audit/events").param("aggregateId", audited).param("aggregateType", "project"), 200);
        check(get("/api/audit/events").param("afterPosition", "0").param("size", "1"), 200);
        check(get("/api/audit/events").param("aggregateType", "Project"), 400);
        check(get("/api/audit/events").param("from", "yesterday"), 400);
        check(get("/api/audit/aggregates/{id}/events", audited), 200);
        check(get("/api/audit/aggregates/{id}/events", UNKNOWN), 404);
        check(get("/api/audit/events/export").param("aggregateId", audited).param("format", "csv"), 200);
        check(get("/api/audit/events/export").param("aggregateId", audited), 200);
        check(get("/api/audit/events/export").param("format", "xml"), 400);
        check(get("/api/audit/events").with(user("viewer").roles("VIEWER")), 403);
        check(get("/api/audit/events").param("correlationId", "c-1"), 200);
        check(get("/api/audit/events").param("correlationId", ""), 400);
        check(get("/api/audit/events/export").param("correlationId", "c-1").param("format", "csv"), 200);
        check(get("/api/audit/lineage").param("figure", "people-trained"), 200);
        check(get("/api/audit/lineage").param("figure", "total-value").param("currency", "PLN")
                .param("projectId", PROJECT).param("asOf", "2018-12-31").param("knownAt", "2026-01-01T00:00:00Z"), 200);
        check(get("/api/audit/lineage").param("figure", "total-value"), 400);
        check(get("/api/audit/lineage").param("figure", "nonsense"), 400);
        check(get("/api/audit/lineage").param("figure", "projects").with(user("viewer").roles("VIEWER")), 403);

        check(get("/api/admin/rebuilds"), 200);
        check(get("/api/admin/rebuilds").with(user("viewer").roles("VIEWER")), 403);
        check(get("/api/admin/rebuilds/{model}", "organisations"), 200);
        check(get("/api/admin/rebuilds/{model}", "nonsense"), 404);
        check(post("/api/admin/rebuilds/{model}", "nonsense"), 404);
        check(post("/api/admin/rebuilds/{model}", "exhibitions"), 202);
        // the rebuild ends by pausing and restarting the live read models: let it end here, not in another test
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(rebuilds.progressOf("exhibitions").state()));
        resume(processing.eventProcessor(LiveReadModels.PROCESSOR, StreamingEventProcessor.class).orElseThrow());

        contract.assertHonoured();
    }

    private void check(RequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        boolean stream = "text/event-stream".equals(result.getResponse().getContentType());
        if (result.getRequest().isAsyncStarted() && !stream) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        assertThat(result.getResponse().getStatus())
                .as("%s %s: %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(),
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        contract.check(result);
    }
}
