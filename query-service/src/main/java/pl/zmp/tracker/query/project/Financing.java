package pl.zmp.tracker.query.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reading a project's financing: figures per currency, and the co-financing rate declared and computed. */
public final class Financing {

    /** A declared rate this far from the computed one (in percentage points) is shown as a mismatch. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    private Financing() {
    }

    public static Optional<ProjectView.FinancingFigure> figure(ProjectView project, String item) {
        return project.getFinancing().stream().filter(figure -> figure.item().equals(item)).findFirst();
    }

    /** Figures grouped by their currency: amounts in different currencies are never added up. */
    public static Map<String, List<ProjectView.FinancingFigure>> byCurrency(ProjectView project) {
        return project.getFinancing().stream().collect(Collectors.groupingBy(
                figure -> figure.amount().currency(), TreeMap::new, Collectors.toList()));
    }

    /**
     * The rate as declared, beside the rate computed from grant and total value (same currency only);
     * a mismatch is reported, never corrected.
     */
    public static Rates rates(ProjectView project) {
        BigDecimal declared = project.getDeclaredRate() == null ? null : project.getDeclaredRate().ratePercent();
        Optional<ProjectView.FinancingFigure> grant = figure(project, "GRANT");
        Optional<ProjectView.FinancingFigure> total = figure(project, "TOTAL_VALUE");
        BigDecimal computed = null;
        if (grant.isPresent() && total.isPresent()
                && grant.get().amount().currency().equals(total.get().amount().currency())
                && total.get().amount().amount().signum() > 0) {
            computed = grant.get().amount().amount().multiply(BigDecimal.valueOf(100))
                    .divide(total.get().amount().amount(), 2, RoundingMode.HALF_UP);
        }
        boolean mismatch = declared != null && computed != null
                && declared.subtract(computed).abs().compareTo(TOLERANCE) >= 0;
        return new Rates(declared, computed, mismatch);
    }

    public record Rates(BigDecimal declaredPercent, BigDecimal computedPercent, boolean mismatch) {
    }
}
