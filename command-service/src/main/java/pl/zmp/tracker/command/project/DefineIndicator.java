package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** Define an output or result the project measures, with its target where one is set. */
public record DefineIndicator(
        @TargetAggregateIdentifier ProjectId projectId,
        String indicatorCode,
        String name,
        String unit,
        BigDecimal target,
        Approximation targetApproximation,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public DefineIndicator(ProjectId projectId, String indicatorCode, String name, String unit, BigDecimal target, Approximation targetApproximation) {
        this(projectId, indicatorCode, name, unit, target, targetApproximation, null);
    }
}
