package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value of an indicator, as of a date, with its source. */
@Revision("1")
public record IndicatorActualRecorded(
        ProjectId projectId,
        String indicatorCode,
        BigDecimal value,
        Approximation approximation,
        LocalDate asOf,
        String source) {
}
