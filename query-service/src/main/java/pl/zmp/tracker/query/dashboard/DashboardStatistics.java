package pl.zmp.tracker.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures on the dashboard, as of {@code position} (the global position every projection had
 * reached). Money is totalled per currency, never across currencies; {@code approximate} is true
 * when any figure in a total was stated as "about", "almost" or "above".
 */
public record DashboardStatistics(
        long position,
        Instant computedAt,
        long projects,
        Map<String, Long> projectsByStatus,
        long municipalitiesInvolved,
        long partnersInvolved,
        List<YearTotal> valueByYear,
        List<YearTotal> budgetByYear,
        List<GrantShare> grantShare,
        Total peopleTrained,
        List<Output> outputs,
        long openRecruitments,
        long showings) {

    /** Total value of the projects starting in a year, in one currency. */
    public record YearTotal(int year, String currency, BigDecimal total, boolean approximate) {
    }

    /** Grants against total value over the projects stating both in the currency. */
    public record GrantShare(String currency, BigDecimal grant, BigDecimal totalValue, BigDecimal percent) {
    }

    public record Total(BigDecimal value, boolean approximate) {
    }

    /** An indicator's latest actual against its target. */
    public record Output(String projectId, String projectTitle, String indicatorCode, String name, String unit,
                         BigDecimal target, BigDecimal actual, String approximation, BigDecimal percentOfTarget) {
    }
}
