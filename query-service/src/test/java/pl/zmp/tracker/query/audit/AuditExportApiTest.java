package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.zmp.tracker.query.export.Workbooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditExportApiTest extends AuditLogTestSupport {

    static final String AWKWARD = "Zażółć \"gęślą\", jaźń;\nnowa linia\r\nŁódź, Kraków";

    @Autowired
    private ObjectMapper json;

    @Test
    void exportsTheSelectionAsNdjsonOneEventPerLineShapedLikeTheLog() throws Exception {
        String actor = "auditor:" + newId();
        String id = newId();
        append(remark(id, 0, "first", actor), remark(newId(), 0, "not selected", "anonymous"),
                remark(id, 1, AWKWARD, actor));

        MvcResult result = export(get("/api/audit/events/export").param("format", "ndjson").param("actor", actor));

        assertThat(result.getResponse().getContentType()).startsWith("application/x-ndjson");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"audit-log-\\d{8}T\\d{6}\\.\\d{3}Z\\.ndjson\"");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        JsonNode second = json.readTree(lines.get(1));
        assertThat(first.get("payload").get("text").asText()).isEqualTo("first");
        assertThat(first.get("actor").asText()).isEqualTo(actor);
        assertThat(first.get("eventType").asText()).isEqualTo("AuditedRemark");
        assertThat(first.get("aggregateType").asText()).isEqualTo("project");
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("metadata").get("commandName").asText()).isEqualTo("RecordAuditedRemark");
        assertThat(second.get("payload").get("text").asText()).isEqualTo(AWKWARD);
        assertThat(second.get("globalPosition").asLong()).isGreaterThan(first.get("globalPosition").asLong());
    }

    @Test
    void ndjsonIsTheDefaultFormat() throws Exception {
        String id = newId();
        append(remark(id, 0, "only", "anonymous"));

        MvcResult result = export(get("/api/audit/events/export").param("aggregateId", id));

        assertThat(result.getResponse().getContentType()).startsWith("application/x-ndjson");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void exportsCsvThatParsesBackWithQuotesCommasNewlinesAndPolishLettersIntact() throws Exception {
        String id = newId();
        Instant time = Instant.parse("2026-04-17T21:59:59.250Z");
        append(event("Exhibition", id, 0, new AuditedRemark(AWKWARD), "koordynator:Łukasz, \"ZMP\"", time),
                event("Exhibition", id, 1, new AuditedRemark("plain"), "anonymous", time.plusSeconds(1)));

        MvcResult result = export(get("/api/audit/events/export").param("format", "csv").param("aggregateId", id));

        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"audit-log-\\d{8}T\\d{6}\\.\\d{3}Z\\.csv\"");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // UTF-8 with a byte order mark, so that Excel reads the Polish letters as they are
        assertThat(result.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(body).startsWith("\uFEFFglobalPosition,time,aggregateType,aggregateId,sequence,eventType,eventClass,"
                + "revision,actor,correlationId,causationId,commandName,eventId,metadata,payload\r\n");
        List<Map<String, String>> rows = parseCsv(body);
        assertThat(rows).hasSize(2);
        Map<String, String> row = rows.get(0);
        assertThat(row.get("time")).isEqualTo("2026-04-17T21:59:59.250Z");
        assertThat(row.get("aggregateType")).isEqualTo("exhibition");
        assertThat(row.get("aggregateId")).isEqualTo(id);
        assertThat(row.get("sequence")).isEqualTo("0");
        assertThat(row.get("eventType")).isEqualTo("AuditedRemark");
        assertThat(row.get("eventClass")).isEqualTo(AuditedRemark.class.getName());
        assertThat(row.get("revision")).isEqualTo("2");
        assertThat(row.get("actor")).isEqualTo("koordynator:Łukasz, \"ZMP\"");
        assertThat(row.get("correlationId")).isEqualTo("corr-" + id);
        assertThat(json.readTree(row.get("payload")).get("text").asText()).isEqualTo(AWKWARD);
        assertThat(json.readTree(row.get("metadata")).get("actor").asText()).isEqualTo("koordynator:Łukasz, \"ZMP\"");
        assertThat(rows.get(1).get("payload")).isEqualTo("{\"text\":\"plain\"}");
        // quoted only where needed: the JSON text (it holds quotes), never a plain id
        assertThat(body).contains("," + id + ",1,AuditedRemark,").contains(",\"{\"\"text\"\":\"\"plain\"\"}\"\r\n");
    }

    @Test
    void exportOfAnEmptySelectionIsAnEmptyDocument() throws Exception {
        String nobody = "auditor:" + newId();

        String ndjson = export(get("/api/audit/events/export").param("actor", nobody))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String csv = export(get("/api/audit/events/export").param("format", "csv").param("actor", nobody))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(ndjson).isEmpty();
        assertThat(parseCsv(csv)).isEmpty();
    }

    @Test
    void exportsALargeSelectionToTheEnd() throws Exception {
        String actor = "bulk:" + newId();
        List<EventMessage<?>> events = new ArrayList<>();
        IntStream.range(0, 5_000).forEach(i -> events.add(remark(newId(), 0, "remark " + i, actor)));
        append(events);

        String ndjson = export(get("/api/audit/events/export").param("actor", actor))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String csv = export(get("/api/audit/events/export").param("format", "csv").param("actor", actor))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(5_000);
        assertThat(json.readTree(lines.get(4_999)).get("payload").get("text").asText()).isEqualTo("remark 4999");
        List<Map<String, String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(5_000);
        assertThat(rows.get(0).get("payload")).isEqualTo("{\"text\":\"remark 0\"}");
    }

    @Test
    void exportRejectsAnUnknownFormatAndInvalidFiltersBeforeStreaming() throws Exception {
        mvc.perform(get("/api/audit/events/export").param("format", "xml"))
                .andExpect(status().isBadRequest())
                .andExpect(request().asyncNotStarted())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/audit/events/export").param("format", "csv").param("from", "2026-13-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/audit/events/export").param("aggregateType", "Project"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aggregateType"));
    }

    @Test
    void exportsXlsxWithTheCsvColumnsAndPolishLettersIntact() throws Exception {
        String id = newId();
        append(remark(id, 0, AWKWARD, "koordynator:Łukasz"), remark(id, 1, "plain", "anonymous"));

        MvcResult result = export(get("/api/audit/events/export").param("format", "xlsx").param("aggregateId", id));

        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"audit-log-\\d{8}T\\d{6}\\.\\d{3}Z\\.xlsx\"");
        List<Map<String, String>> rows = Workbooks.rows(result.getResponse().getContentAsByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(AuditExport.COLUMNS);
        assertThat(rows.get(0).get("aggregateId")).isEqualTo(id);
        assertThat(rows.get(0).get("actor")).isEqualTo("koordynator:Łukasz");
        assertThat(json.readTree(rows.get(0).get("payload")).get("text").asText()).isEqualTo(AWKWARD);
        assertThat(rows.get(1).get("sequence")).isEqualTo("1");
    }

    @Test
    void exportsSemicolonSeparatedCsvForExcelInAPolishLocale() throws Exception {
        String id = newId();
        append(remark(id, 0, AWKWARD, "koordynator:Łukasz; ZMP"));

        MvcResult result = export(get("/api/audit/events/export").param("format", "csv")
                .param("separator", "semicolon").param("aggregateId", id));

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFglobalPosition;time;aggregateType;");
        List<Map<String, String>> rows = parseCsv(body, ';');
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("koordynator:Łukasz; ZMP");
        assertThat(json.readTree(rows.get(0).get("payload")).get("text").asText()).isEqualTo(AWKWARD);
    }

    @Test
    void exportsOneCorrelationsEvents() throws Exception {
        String caused = newId();
        append(remark(caused, 0, "first", "anonymous"), remark(newId(), 0, "elsewhere", "anonymous"),
                remark(caused, 1, "second", "anonymous"));

        String ndjson = export(get("/api/audit/events/export").param("correlationId", "corr-" + caused))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        for (String line : ndjson.lines().toList()) {
            texts.add(json.readTree(line).get("payload").get("text").asText());
        }
        assertThat(texts).containsExactly("first", "second");
    }

    @Test
    void exportRejectsAnUnknownSeparatorAndNeedsTheAuditorRole() throws Exception {
        mvc.perform(get("/api/audit/events/export").param("format", "csv").param("separator", "tab"))
                .andExpect(status().isBadRequest())
                .andExpect(request().asyncNotStarted())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("separator"));
        mvc.perform(get("/api/audit/events/export").param("format", "xlsx").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/audit/events/export").param("format", "xlsx").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private MvcResult export(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.CONTENT_DISPOSITION))
                .andReturn();
    }

    static List<Map<String, String>> parseCsv(String body) throws Exception {
        return parseCsv(body, ',');
    }

    /** The rows of a CSV document that starts with a byte order mark, by column name. */
    static List<Map<String, String>> parseCsv(String body, char separator) throws Exception {
        assertThat(body).startsWith("\uFEFF");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
                .readValues(body.substring(1))) {
            return rows.readAll();
        }
    }
}
