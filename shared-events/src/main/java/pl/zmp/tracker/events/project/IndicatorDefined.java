package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** An output or result the project measures, with its target where one is set. */
@Revision("2")
public record IndicatorDefined(
        ProjectId projectId,
        String indicatorCode,
        String name,
        String unit,
        BigDecimal target,
        Approximation targetApproximation,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public IndicatorDefined(ProjectId projectId, String indicatorCode, String name, String unit, BigDecimal target, Approximation targetApproximation) {
        this(projectId, indicatorCode, name, unit, target, targetApproximation, null);
    }
}
