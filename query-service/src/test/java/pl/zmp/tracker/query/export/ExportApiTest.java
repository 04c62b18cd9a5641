package pl.zmp.tracker.query.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.municipality.MunicipalityView;
import pl.zmp.tracker.query.organisation.OrganisationView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ExportApiTest extends QueryServiceIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZMP = "00000000-0000-0000-0000-00000000e001";
    static final String LODZ = "00000000-0000-0000-0000-00000000e002";
    static final String KRAKOW = "00000000-0000-0000-0000-00000000e003";
    static final String PARTICIPATION = "00000000-0000-0000-0000-00000000e010";
    static final String URBACT = "00000000-0000-0000-0000-00000000e011";
    static final String CALL = "00000000-0000-0000-0000-00000000e020";
    static final String EMPTY_CALL = "00000000-0000-0000-0000-00000000e021";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(ProjectView.class);
        mongo.dropCollection(RecruitmentView.class);
        mongo.dropCollection(MunicipalityView.class);
        mongo.dropCollection(OrganisationView.class);
        mongo.save(new OrganisationView(ZMP, "Związek Miast Polskich", "ZMP", "ASSOCIATION", "PL", null, null, 0));
        mongo.save(new MunicipalityView(LODZ, "Łódź", "CITY", "PL", "1061011", "Łódź", null, null, null, 0));
        mongo.save(new MunicipalityView(KRAKOW, "Kraków", "CITY", "PL", "1261011", "Kraków", null, null, null, 0));

        ProjectView participation = new ProjectView(PARTICIPATION);
        participation.setTitle("Przestrzeń dla partycypacji; \"Żółć\"");
        participation.setProgrammeLine("Partycypacja");
        participation.setStatus("IMPLEMENTATION");
        participation.setReportingOrganisationId(ZMP);
        participation.setPlannedFrom(LocalDate.parse("2018-01-01"));
        participation.setPlannedTo(LocalDate.parse("2019-12-31"));
        participation.setYears(List.of(2018, 2019));
        participation.getParticipants().add(new ProjectView.Participant(LODZ, "PARTICIPANT", null, true));
        participation.getParticipants().add(new ProjectView.Participant(KRAKOW, "PARTICIPANT", null, false));
        participation.getFinancing().add(new ProjectView.FinancingFigure("TOTAL_VALUE",
                new ProjectView.Amount(new BigDecimal("2000000.50"), "PLN"), "ALMOST", null));
        ProjectView urbact = new ProjectView(URBACT);
        urbact.setTitle("URBACT");
        urbact.setStatus("CLOSED");
        urbact.setReportingOrganisationId(ZMP);
        urbact.setYears(List.of(2015));
        mongo.save(participation);
        mongo.save(urbact);

        RecruitmentView call = new RecruitmentView(CALL);
        call.setProjectId(PARTICIPATION);
        call.setRound(1);
        call.setTitle("Nabór I");
        call.setDeadline(OffsetDateTime.parse("2018-04-17T23:59:59+02:00"));
        call.setPlaces(1);
        call.setClosed(true);
        call.setClosedAt(Instant.parse("2018-05-01T10:00:00Z"));
        call.getApplications().add(new RecruitmentView.Application(LODZ, Instant.parse("2018-04-10T08:00:00Z"), "ACCEPTED", null));
        call.getApplications().add(new RecruitmentView.Application(KRAKOW, Instant.parse("2018-04-11T08:00:00Z"), "REJECTED", "brak miejsc; lista rezerwowa"));
        RecruitmentView empty = new RecruitmentView(EMPTY_CALL);
        empty.setProjectId(URBACT);
        empty.setRound(2);
        empty.setTitle("Nabór II");
        empty.setDeadline(OffsetDateTime.parse("2030-01-15T12:00:00+01:00"));
        mongo.save(call);
        mongo.save(empty);
    }

    @Test
    void exportsTheCatalogueAsXlsxByDefaultNamedToTheMillisecond() throws Exception {
        MvcResult result = export(get("/api/projects/export"));

        assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"projects-\\d{8}T\\d{6}\\.\\d{3}Z\\.xlsx\"");
        byte[] file = result.getResponse().getContentAsByteArray();
        assertThat(Workbooks.sheetName(file)).isEqualTo("Projekty");
        List<Map<String, String>> rows = Workbooks.rows(file);
        assertThat(rows).extracting(row -> row.get("title"))
                .containsExactly("Przestrzeń dla partycypacji; \"Żółć\"", "URBACT");
        Map<String, String> first = rows.get(0);
        assertThat(first.keySet()).containsExactlyElementsOf(ExportController.PROJECT_COLUMNS);
        assertThat(first.get("reportingOrganisation")).isEqualTo("Związek Miast Polskich");
        assertThat(first.get("participants")).isEqualTo("1");
        assertThat(new BigDecimal(first.get("totalValue"))).isEqualByComparingTo("2000000.50");
        assertThat(first.get("currency")).isEqualTo("PLN");
        assertThat(first.get("approximation")).isEqualTo("ALMOST");
        assertThat(first.get("status")).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void exportsTheCatalogueAsCsvWithAByteOrderMarkAndFilters() throws Exception {
        MvcResult result = export(get("/api/projects/export").param("format", "csv").param("year", "2018"));

        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"projects-\\d{8}T\\d{6}\\.\\d{3}Z\\.csv\"");
        assertThat(result.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        List<Map<String, String>> rows = csv(result, ',');
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("title")).isEqualTo("Przestrzeń dla partycypacji; \"Żółć\"");
        assertThat(rows.get(0).get("plannedFrom")).isEqualTo("2018-01-01");
        assertThat(rows.get(0).get("totalValue")).isEqualTo("2000000.50");

        List<Map<String, String>> closed = csv(export(get("/api/projects/export").param("format", "csv")
                .param("status", "CLOSED")), ',');
        assertThat(closed).extracting(row -> row.get("id")).containsExactly(URBACT);
    }

    @Test
    void semicolonSeparatedCsvWritesDecimalCommas() throws Exception {
        MvcResult result = export(get("/api/projects/export").param("format", "csv").param("separator", "semicolon"));

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFid;title;programmeLine;status;");
        List<Map<String, String>> rows = csv(result, ';');
        assertThat(rows.get(0).get("title")).isEqualTo("Przestrzeń dla partycypacji; \"Żółć\"");
        assertThat(rows.get(0).get("totalValue")).isEqualTo("2000000,50");
    }

    @Test
    void exportsRecruitmentOutcomesOneRowPerApplication() throws Exception {
        MvcResult result = export(get("/api/recruitments/export").param("format", "csv"));

        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"recruitments-\\d{8}T\\d{6}\\.\\d{3}Z\\.csv\"");
        List<Map<String, String>> rows = csv(result, ',');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(ExportController.RECRUITMENT_COLUMNS);
        assertThat(rows.get(0).get("projectTitle")).isEqualTo("Przestrzeń dla partycypacji; \"Żółć\"");
        assertThat(rows.get(0).get("deadline")).isEqualTo("2018-04-17T23:59:59+02:00");
        assertThat(rows.get(0).get("municipality")).isEqualTo("Łódź");
        assertThat(rows.get(0).get("outcome")).isEqualTo("ACCEPTED");
        assertThat(rows.get(1).get("municipality")).isEqualTo("Kraków");
        assertThat(rows.get(1).get("outcome")).isEqualTo("REJECTED");
        assertThat(rows.get(1).get("reason")).isEqualTo("brak miejsc; lista rezerwowa");
        // a call without applications is one row with the call alone
        assertThat(rows.get(2).get("recruitmentId")).isEqualTo(EMPTY_CALL);
        assertThat(rows.get(2).get("municipalityId")).isEmpty();
        assertThat(rows.get(2).get("closed")).isEqualTo("false");
    }

    @Test
    void exportsRecruitmentOutcomesAsXlsxFilteredByStateAndProject() throws Exception {
        MvcResult closed = export(get("/api/recruitments/export").param("state", "closed"));
        assertThat(closed.getResponse().getContentType()).isEqualTo(XLSX);
        byte[] file = closed.getResponse().getContentAsByteArray();
        assertThat(Workbooks.sheetName(file)).isEqualTo("Nabory");
        assertThat(Workbooks.rows(file)).extracting(row -> row.get("municipality")).containsExactly("Łódź", "Kraków");

        byte[] ofUrbact = export(get("/api/recruitments/export").param("projectId", URBACT))
                .getResponse().getContentAsByteArray();
        assertThat(Workbooks.rows(ofUrbact)).extracting(row -> row.get("title")).containsExactly("Nabór II");
    }

    @Test
    void rejectsInvalidParametersWithProblemJsonBeforeStreaming() throws Exception {
        expectInvalid(get("/api/projects/export").param("format", "pdf"), "format");
        expectInvalid(get("/api/projects/export").param("format", "csv").param("separator", "tab"), "separator");
        expectInvalid(get("/api/projects/export").param("year", "1800"), "year");
        expectInvalid(get("/api/projects/export").param("status", "FINISHED"), "status");
        expectInvalid(get("/api/recruitments/export").param("format", "ods"), "format");
        expectInvalid(get("/api/recruitments/export").param("state", "pending"), "state");
        expectInvalid(get("/api/recruitments/export").param("projectId", "not-a-uuid"), "projectId");
    }

    @Test
    void needsSignInAndTheViewerRole() throws Exception {
        for (String path : List.of("/api/projects/export", "/api/recruitments/export")) {
            mvc.perform(get(path).with(anonymous()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(get(path).with(user("operator").roles("ADMIN")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    private void expectInvalid(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(request().asyncNotStarted())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private MvcResult export(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    private static List<Map<String, String>> csv(MvcResult result, char separator) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
                .readValues(body.substring(1))) {
            return rows.readAll();
        }
    }
}
