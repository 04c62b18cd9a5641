package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;

/** An output or result the project measures, with its target where one is set. */
@Revision("1")
public record IndicatorDefined(
        ProjectId projectId,
        String indicatorCode,
        String name,
        String unit,
        BigDecimal target,
        Approximation targetApproximation) {
}
