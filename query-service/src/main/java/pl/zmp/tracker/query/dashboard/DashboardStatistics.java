package pl.zmp.tracker.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures on the dashboard, as of {@code position} (the global position every projection had
 * reached). Money is totalled per currency, never across currencies; {@code approximate} is true
 * when any figure in a total was stated as "about", "almost" or "above".
 * <p>
 * Statuses are relative to {@code computedAt}, the date the figures are about (now, or asOf): a call
 * whose deadline has passed but which is not closed awaits a decision and is not open; a showing is
 * held, on now or scheduled. {@code asOf} and {@code knownAt} are the points asked for (null when
 * live); {@code lastRecordedAt} is when the newest fact the figures include was recorded.
 */
public record DashboardStatistics(
        long position,
        Instant computedAt,
        long projects,
        Map<String, Long> projectsByStatus,
        long municipalitiesInvolved,
        long partnersInvolved,
        List<CurrencyTotal> totalValue,
        List<YearTotal> valueByYear,
        List<YearTotal> budgetByYear,
        List<GrantShare> grantShare,
        Total peopleTrained,
        List<Output> outputs,
        long openRecruitments,
        long showings,
        long recruitmentsAwaitingDecision,
        Showings showingsByState,
        Instant asOf,
        Instant knownAt,
        Instant lastRecordedAt) {

    /** The same figures, said to be about asOf as known at knownAt, the newest included fact recorded then. */
    public DashboardStatistics at(Instant asOf, Instant knownAt, Instant lastRecordedAt) {
        return new DashboardStatistics(position, computedAt, projects, projectsByStatus, municipalitiesInvolved,
                partnersInvolved, totalValue, valueByYear, budgetByYear, grantShare, peopleTrained, outputs, openRecruitments,
                showings, recruitmentsAwaitingDecision, showingsByState, asOf, knownAt, lastRecordedAt);
    }

    /**
     * A total in one currency for one year. In value by year: a project's value where its budget lines
     * put it, otherwise spread over its period in proportion to the days in each year
     * ({@code estimate}: the split is the tracker's, not the source's).
     */
    public record YearTotal(int year, String currency, BigDecimal total, boolean approximate, boolean estimate) {
    }

    /** The projects' total values in one currency: each project's latest statement. */
    public record CurrencyTotal(String currency, BigDecimal total, boolean approximate) {
    }

    /** Showings not cancelled, by where they stand on the date shown. */
    public record Showings(long held, long onNow, long scheduled) {
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
