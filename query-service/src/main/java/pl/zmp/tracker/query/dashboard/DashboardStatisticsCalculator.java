package pl.zmp.tracker.query.dashboard;

import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.project.Financing;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;
import pl.zmp.tracker.values.ProjectStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Computes the dashboard figures from the read models (plain code, no storage: testable as is). */
@Component
public class DashboardStatisticsCalculator {

    public static final String PEOPLE_TRAINED = "people-trained";
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String EXACT = "EXACT";

    public DashboardStatistics compute(long position, Instant now, List<ProjectView> projects,
                                       List<RecruitmentView> recruitments, List<ExhibitionView> exhibitions) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status.name(), projects.stream().filter(p -> status.name().equals(p.getStatus())).count());
        }
        long municipalities = projects.stream().flatMap(p -> p.getParticipants().stream())
                .filter(ProjectView.Participant::active).map(ProjectView.Participant::municipalityId).distinct().count();
        long partners = projects.stream().flatMap(p -> p.getPartners().stream())
                .filter(ProjectView.Partner::active).map(ProjectView.Partner::organisationId).distinct().count();
        List<ExhibitionView.Showing> showings = exhibitions.stream().flatMap(e -> e.getShowings().stream())
                .filter(showing -> !showing.cancelled()).toList();
        LocalDate today = LocalDate.ofInstant(now, WARSAW);
        return new DashboardStatistics(position, now, projects.size(), byStatus, municipalities, partners,
                totalValue(projects), valueByYear(projects), budgetByYear(projects), grantShare(projects),
                peopleTrained(projects),
                outputs(projects),
                recruitments.stream().filter(call -> CallState.of(call, now) == CallState.OPEN).count(),
                showings.size(),
                recruitments.stream().filter(call -> CallState.of(call, now) == CallState.AWAITING_DECISION).count(),
                new DashboardStatistics.Showings(
                        showings.stream().filter(showing -> ShowingState.of(showing, today) == ShowingState.HELD).count(),
                        showings.stream().filter(showing -> ShowingState.of(showing, today) == ShowingState.ON_NOW).count(),
                        showings.stream().filter(showing -> ShowingState.of(showing, today) == ShowingState.SCHEDULED)
                                .count()),
                null, null, null);
    }

    /** Each project's latest total value statement, added up per currency. */
    private static List<DashboardStatistics.CurrencyTotal> totalValue(List<ProjectView> projects) {
        Map<String, Accumulator> totals = new TreeMap<>();
        projects.stream().map(project -> Financing.figure(project, "TOTAL_VALUE")).flatMap(Optional::stream)
                .forEach(value -> add(totals, 0, value.amount(), value.approximation(), false));
        return totals.values().stream()
                .map(total -> new DashboardStatistics.CurrencyTotal(total.currency, total.sum, total.approximate))
                .toList();
    }

    /**
     * A project's value by project year: where its budget lines in the value's currency put it; otherwise
     * spread over its planned period in proportion to the days of each year (an estimate when the period
     * spans years); a project with a start but no end counts in its start year.
     */
    private static List<DashboardStatistics.YearTotal> valueByYear(List<ProjectView> projects) {
        Map<String, Accumulator> totals = new TreeMap<>();
        for (ProjectView project : projects) {
            Optional<ProjectView.FinancingFigure> found = Financing.figure(project, "TOTAL_VALUE");
            if (found.isEmpty()) {
                continue;
            }
            ProjectView.FinancingFigure value = found.get();
            List<ProjectView.BudgetLine> lines = project.getBudgetLines().stream()
                    .filter(line -> line.amount().currency().equals(value.amount().currency())).toList();
            if (!lines.isEmpty()) {
                lines.forEach(line -> add(totals, line.year(), line.amount(), line.approximation(), false));
            } else if (project.getPlannedFrom() != null && project.getPlannedTo() != null) {
                ValueSpread.over(project.getPlannedFrom(), project.getPlannedTo(), value.amount().amount())
                        .forEach((year, share) -> add(totals, year, new ProjectView.Amount(share, value.amount().currency()),
                                value.approximation(), project.getPlannedFrom().getYear() != project.getPlannedTo().getYear()));
            } else if (project.getPlannedFrom() != null) {
                add(totals, project.getPlannedFrom().getYear(), value.amount(), value.approximation(), false);
            }
        }
        return yearTotals(totals);
    }

    private static List<DashboardStatistics.YearTotal> budgetByYear(List<ProjectView> projects) {
        Map<String, Accumulator> totals = new TreeMap<>();
        projects.stream().flatMap(p -> p.getBudgetLines().stream())
                .forEach(line -> add(totals, line.year(), line.amount(), line.approximation(), false));
        return yearTotals(totals);
    }

    private static List<DashboardStatistics.GrantShare> grantShare(List<ProjectView> projects) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (ProjectView project : projects) {
            Optional<ProjectView.FinancingFigure> grant = Financing.figure(project, "GRANT");
            Optional<ProjectView.FinancingFigure> total = Financing.figure(project, "TOTAL_VALUE");
            if (grant.isPresent() && total.isPresent()
                    && grant.get().amount().currency().equals(total.get().amount().currency())) {
                BigDecimal[] sums = byCurrency.computeIfAbsent(grant.get().amount().currency(),
                        currency -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(grant.get().amount().amount());
                sums[1] = sums[1].add(total.get().amount().amount());
            }
        }
        List<DashboardStatistics.GrantShare> shares = new ArrayList<>();
        byCurrency.forEach((currency, sums) -> shares.add(new DashboardStatistics.GrantShare(currency, sums[0], sums[1],
                sums[1].signum() == 0 ? null
                        : sums[0].multiply(BigDecimal.valueOf(100)).divide(sums[1], 2, RoundingMode.HALF_UP))));
        return shares;
    }

    private static DashboardStatistics.Total peopleTrained(List<ProjectView> projects) {
        BigDecimal total = BigDecimal.ZERO;
        boolean approximate = false;
        for (ProjectView project : projects) {
            Optional<ProjectView.Actual> trained = peopleTrained(project);
            if (trained.isPresent()) {
                total = total.add(trained.get().value());
                approximate |= !EXACT.equals(trained.get().approximation());
            }
        }
        return new DashboardStatistics.Total(total, approximate);
    }

    /** The actual a project adds to the people trained: the latest of its people-trained indicator, if any. */
    public static Optional<ProjectView.Actual> peopleTrained(ProjectView project) {
        return project.getIndicators().stream().filter(indicator -> PEOPLE_TRAINED.equals(indicator.code()))
                .map(DashboardStatisticsCalculator::latest).filter(Objects::nonNull).findFirst();
    }

    private static List<DashboardStatistics.Output> outputs(List<ProjectView> projects) {
        List<DashboardStatistics.Output> outputs = new ArrayList<>();
        for (ProjectView project : projects) {
            for (ProjectView.Indicator indicator : project.getIndicators()) {
                ProjectView.Actual latest = latest(indicator);
                BigDecimal actual = latest == null ? null : latest.value();
                BigDecimal percent = actual == null || indicator.target() == null || indicator.target().signum() == 0
                        ? null : actual.multiply(BigDecimal.valueOf(100)).divide(indicator.target(), 1, RoundingMode.HALF_UP);
                outputs.add(new DashboardStatistics.Output(project.getId(), project.getTitle(), indicator.code(),
                        indicator.name(), indicator.unit(), indicator.target(), actual,
                        latest == null ? null : latest.approximation(), percent));
            }
        }
        outputs.sort(Comparator.comparing(DashboardStatistics.Output::projectTitle, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DashboardStatistics.Output::indicatorCode));
        return outputs;
    }

    private static ProjectView.Actual latest(ProjectView.Indicator indicator) {
        return indicator.actuals().stream()
                .max(Comparator.comparing(ProjectView.Actual::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    private static void add(Map<String, Accumulator> totals, int year, ProjectView.Amount amount, String approximation,
                            boolean estimate) {
        totals.computeIfAbsent(year + "|" + amount.currency(), key -> new Accumulator(year, amount.currency()))
                .add(amount.amount(), !EXACT.equals(Objects.requireNonNullElse(approximation, EXACT)), estimate);
    }

    private static List<DashboardStatistics.YearTotal> yearTotals(Map<String, Accumulator> totals) {
        return totals.values().stream()
                .map(total -> new DashboardStatistics.YearTotal(total.year, total.currency, total.sum, total.approximate,
                        total.estimate))
                .toList();
    }

    /** A running total of one currency in one year. */
    private static final class Accumulator {
        private final int year;
        private final String currency;
        private BigDecimal sum = BigDecimal.ZERO;
        private boolean approximate;
        private boolean estimate;

        private Accumulator(int year, String currency) {
            this.year = year;
            this.currency = currency;
        }

        private void add(BigDecimal amount, boolean approximated, boolean estimated) {
            sum = sum.add(amount);
            approximate |= approximated;
            estimate |= estimated;
        }
    }
}
