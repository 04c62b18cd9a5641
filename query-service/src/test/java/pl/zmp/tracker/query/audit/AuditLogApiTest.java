package pl.zmp.tracker.query.audit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditLogApiTest extends AuditLogTestSupport {

    @Test
    void historyIsTheAggregatesStreamInSequenceOrderWithItsMetadataAndPayload() throws Exception {
        String id = MunicipalityId.newId().value();
        String other = newId();
        Instant time = Instant.parse("2026-03-02T10:15:30.123Z");
        append(event("Municipality", id, 0, new MunicipalityRegistered(new MunicipalityId(id), "Gąbin",
                        MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null, "UA123"),
                        "coordinator:anna", time),
                remark(other, 0, "elsewhere", "anonymous"),
                event("Municipality", id, 1, new AuditedRemark("second"), "anonymous", time.plusSeconds(60)));

        mvc.perform(get("/api/audit/aggregates/{id}/events", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[*].sequence", contains(0, 1)))
                .andExpect(jsonPath("$.items[0].aggregateType").value("municipality"))
                .andExpect(jsonPath("$.items[0].aggregateId").value(id))
                .andExpect(jsonPath("$.items[0].eventType").value("MunicipalityRegistered"))
                .andExpect(jsonPath("$.items[0].eventClass").value(MunicipalityRegistered.class.getName()))
                .andExpect(jsonPath("$.items[0].revision").value("2"))
                .andExpect(jsonPath("$.items[0].time").value("2026-03-02T10:15:30.123Z"))
                .andExpect(jsonPath("$.items[0].actor").value("coordinator:anna"))
                .andExpect(jsonPath("$.items[0].correlationId").value("corr-" + id))
                .andExpect(jsonPath("$.items[0].causationId").value("cause-" + id + "-0"))
                .andExpect(jsonPath("$.items[0].commandName").value("RecordMunicipalityRegistered"))
                .andExpect(jsonPath("$.items[0].metadata.commandTime").value("2026-03-02T10:15:30.123Z"))
                .andExpect(jsonPath("$.items[0].payload.name").value("Gąbin"))
                .andExpect(jsonPath("$.items[0].payload.localCode").value("UA123"))
                .andExpect(jsonPath("$.items[1].eventType").value("AuditedRemark"))
                .andExpect(jsonPath("$.items[1].revision").value("2"))
                .andExpect(jsonPath("$.items[1].payload.text").value("second"));
    }

    @Test
    void historyIsPaged() throws Exception {
        String id = newId();
        append(remark(id, 0, "a", "anonymous"), remark(id, 1, "b", "anonymous"), remark(id, 2, "c", "anonymous"));

        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("size", "2"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("a", "b")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("c")));
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("size", "2").param("page", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", empty()))
                .andExpect(jsonPath("$.totalItems").value(3));
    }

    @Test
    void historyOfAnAggregateWithoutEventsIs404() throws Exception {
        mvc.perform(get("/api/audit/aggregates/{id}/events", newId()))
                .andExpect(status().isNotFound());
    }

    @Test
    void historyRejectsAPageOrSizeOutOfRange() throws Exception {
        String id = newId();
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("size", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/audit/aggregates/{id}/events", id).param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void logFiltersByTheExactActor() throws Exception {
        String actor = "auditor:" + newId();
        String id = newId();
        append(remark(id, 0, "mine", actor), remark(id, 1, "upper case", actor.toUpperCase()),
                remark(id, 2, "longer", actor + "x"), remark(id, 3, "mine too", actor));

        mvc.perform(get("/api/audit/events").param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].payload.text", contains("mine", "mine too")))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void logFiltersByTheExactCorrelationId() throws Exception {
        String caused = newId();
        String other = newId();
        append(remark(caused, 0, "first", "anonymous"), remark(other, 0, "elsewhere", "anonymous"),
                remark(caused, 1, "second", "someone"));

        mvc.perform(get("/api/audit/events").param("correlationId", "corr-" + caused))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].payload.text", contains("first", "second")))
                .andExpect(jsonPath("$.items[*].correlationId", contains("corr-" + caused, "corr-" + caused)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/audit/events").param("correlationId", "corr-" + caused).param("actor", "someone"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("second")));
        mvc.perform(get("/api/audit/events").param("correlationId", "corr-" + caused.toUpperCase()))
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(get("/api/audit/events").param("correlationId", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("correlationId"));
    }

    @Test
    void logFiltersByEventTypeGivenAsSimpleOrQualifiedName() throws Exception {
        long start = head();
        String id = MunicipalityId.newId().value();
        append(event("Municipality", id, 0, new MunicipalityRegistered(new MunicipalityId(id), "Opole",
                        MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("DE"), null, null, null),
                        "anonymous", Instant.now()),
                remark(id, 1, "not this", "anonymous"));

        mvc.perform(get("/api/audit/events").param("afterPosition", Long.toString(start))
                        .param("eventType", "MunicipalityRegistered"))
                .andExpect(jsonPath("$.items[*].payload.name", contains("Opole")));
        mvc.perform(get("/api/audit/events").param("aggregateId", id)
                        .param("eventType", AuditedRemark.class.getName()))
                .andExpect(jsonPath("$.items[*].payload.text", contains("not this")));
        mvc.perform(get("/api/audit/events").param("aggregateId", id).param("eventType", "Registered"))
                .andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void logFiltersByAggregateTypeAndAggregateId() throws Exception {
        long start = head();
        String project = newId();
        String recruitment = newId();
        append(remark(project, 0, "project", "anonymous"),
                event("Recruitment", recruitment, 0, new AuditedRemark("recruitment"), "anonymous", Instant.now()),
                remark(project, 1, "project again", "anonymous"));

        mvc.perform(get("/api/audit/events").param("afterPosition", Long.toString(start))
                        .param("aggregateType", "recruitment"))
                .andExpect(jsonPath("$.items[*].aggregateId", contains(recruitment)));
        mvc.perform(get("/api/audit/events").param("aggregateId", project))
                .andExpect(jsonPath("$.items[*].payload.text", contains("project", "project again")))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/audit/events").param("aggregateId", project).param("aggregateType", "recruitment"))
                .andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void logFiltersByTimeFromInclusiveToExclusive() throws Exception {
        String id = newId();
        Instant t = Instant.parse("2031-05-01T12:00:00Z");
        append(event("Project", id, 0, new AuditedRemark("before"), "anonymous", t.minusMillis(1)),
                event("Project", id, 1, new AuditedRemark("at from"), "anonymous", t),
                event("Project", id, 2, new AuditedRemark("inside"), "anonymous", t.plusMillis(999)),
                event("Project", id, 3, new AuditedRemark("at to"), "anonymous", t.plusSeconds(1)));

        mvc.perform(get("/api/audit/events").param("aggregateId", id)
                        .param("from", "2031-05-01T12:00:00Z").param("to", "2031-05-01T12:00:01Z"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("at from", "inside")));
        // an offset is converted; a bound finer than the stored milliseconds still compares exactly
        mvc.perform(get("/api/audit/events").param("aggregateId", id)
                        .param("from", "2031-05-01T13:59:59.9995+02:00"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("at from", "inside", "at to")));
        mvc.perform(get("/api/audit/events").param("aggregateId", id)
                        .param("to", "2031-05-01T12:00:00.0001Z"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("before", "at from")));
    }

    @Test
    void logIsInGlobalOrderAndPagedWithTotalsWhetherFilteredInSqlOrInJava() throws Exception {
        String actor = "auditor:" + newId();
        String first = newId();
        String second = newId();
        append(remark(first, 0, "1", actor), remark(second, 0, "2", actor), remark(first, 1, "3", actor),
                remark(second, 1, "4", actor), remark(first, 2, "5", actor));

        mvc.perform(get("/api/audit/events").param("actor", actor).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("3", "4")))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.totalPages").value(3));
        mvc.perform(get("/api/audit/events").param("actor", actor).param("size", "2").param("page", "2"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("5")))
                .andExpect(jsonPath("$.nextAfterPosition").doesNotExist());
        mvc.perform(get("/api/audit/events").param("aggregateId", first).param("size", "2").param("page", "0"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("1", "3")))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.nextAfterPosition").isNumber());
    }

    @Test
    void keysetReadsOnFromAPositionUntilNothingFollows() throws Exception {
        long start = head();
        String actor = "auditor:" + newId();
        String id = newId();
        append(remark(id, 0, "1", actor), remark(newId(), 0, "someone else's", "anonymous"),
                remark(id, 1, "2", actor), remark(id, 2, "3", actor));

        String page = mvc.perform(get("/api/audit/events").param("actor", actor)
                        .param("afterPosition", Long.toString(start)).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].payload.text", contains("1", "2")))
                .andExpect(jsonPath("$.afterPosition").value(start))
                .andExpect(jsonPath("$.totalItems").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long next = JsonPath.parse(page).read("$.nextAfterPosition", Long.class);
        long positionOfSecond = JsonPath.parse(page).read("$.items[1].globalPosition", Long.class);
        assertThat(next).isEqualTo(positionOfSecond);

        mvc.perform(get("/api/audit/events").param("actor", actor)
                        .param("afterPosition", Long.toString(next)).param("size", "2"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("3")))
                .andExpect(jsonPath("$.nextAfterPosition").doesNotExist());
        // without a filter checked in Java, the same reading in SQL
        mvc.perform(get("/api/audit/events").param("aggregateId", id)
                        .param("afterPosition", Long.toString(start)).param("size", "2"))
                .andExpect(jsonPath("$.items[*].payload.text", contains("1", "2")))
                .andExpect(jsonPath("$.nextAfterPosition").value(positionOfSecond));
    }

    @Test
    void logRejectsInvalidParametersNamingThem() throws Exception {
        expectRejected("eventType", "eventType", "Project Registered");
        expectRejected("aggregateType", "aggregateType", "Town");
        // one casing on both services: lower case, exactly
        expectRejected("aggregateType", "aggregateType", "Recruitment");
        expectRejected("aggregateType", "aggregateType", "RECRUITMENT");
        expectRejected("from", "from", "yesterday");
        expectRejected("to", "to", "2026-01-01");
        expectRejected("afterPosition", "afterPosition", "-1");
        expectRejected("size", "size", "501");
        expectRejected("size", "size", "0");
        expectRejected("page", "page", "-1");
        expectRejected("actor", "actor", "");
        mvc.perform(get("/api/audit/events").param("from", "2026-02-01T00:00:00Z").param("to", "2026-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/audit/events").param("afterPosition", "5").param("page", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/audit/events").param("from", "+10000-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void logMatchesFilterValuesLiterally() throws Exception {
        mvc.perform(get("/api/audit/events").param("actor", "' or '1'='1").param("aggregateId", "%"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/audit/events").param("eventType", "Audited_emark").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void theAuditEndpointsAreDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/audit/aggregates/{aggregateId}/events'].get").exists())
                .andExpect(jsonPath("$.paths['/api/audit/events'].get.parameters[*].name",
                        hasItems("actor", "eventType", "aggregateType", "aggregateId", "from",
                                "to", "afterPosition", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/audit/events/export'].get").exists());
    }

    private void expectRejected(String field, String parameter, String value) throws Exception {
        mvc.perform(get("/api/audit/events").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
