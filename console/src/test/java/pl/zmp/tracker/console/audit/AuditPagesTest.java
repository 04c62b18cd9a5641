package pl.zmp.tracker.console.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The filters sent to the audit API, and the diff between two states of an aggregate. */
class AuditPagesTest {

    @Test
    void listsTheLeavesThatDifferByPath() {
        Map<String, Object> before = Map.of("status", "PIPELINE", "title", "A",
                "milestones", List.of(Map.of("code", "M1")));
        Map<String, Object> after = Map.of("status", "IMPLEMENTATION", "title", "A",
                "milestones", List.of(Map.of("code", "M1"), Map.of("code", "M2")));

        assertThat(AuditPages.diff(AuditPages.flatten("", before), AuditPages.flatten("", after))).containsExactly(
                Arrays.asList("milestones[1].code", null, "M2"),
                Arrays.asList("status", "PIPELINE", "IMPLEMENTATION"));
    }

    @Test
    void theSameStateHasNoDifferences() {
        Map<String, Object> state = Map.of("status", "PIPELINE");
        assertThat(AuditPages.diff(AuditPages.flatten("", state), AuditPages.flatten("", state))).isEmpty();
    }

    @Test
    void daysChosenInTheDateFieldsSpanWholeDaysInWarsawTheLastIncluded() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("correlationId", "c-1");
        filters.put("from", "2018-03-01");
        filters.put("to", "2018-07-31");

        assertThat(AuditPages.apiFilters(filters)).containsExactly(
                Map.entry("correlationId", "c-1"),
                Map.entry("from", "2018-02-28T23:00:00Z"),
                Map.entry("to", "2018-07-31T22:00:00Z"));
    }

    @Test
    void aMomentGivenInFullGoesAsItIsForTheApiToJudge() {
        assertThat(AuditPages.apiFilters(Map.of("from", "2018-03-01T10:00:00Z"))).containsEntry("from",
                "2018-03-01T10:00:00Z");
        assertThat(AuditPages.apiFilters(Map.of("to", "yesterday"))).containsEntry("to", "yesterday");
        assertThat(AuditPages.apiFilters(Map.of("actor", "auditor"))).containsExactly(Map.entry("actor", "auditor"));
    }
}
