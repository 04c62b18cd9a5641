package pl.zmp.tracker.console.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff between two states of an aggregate: only the leaves that differ, by their path. */
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
}
