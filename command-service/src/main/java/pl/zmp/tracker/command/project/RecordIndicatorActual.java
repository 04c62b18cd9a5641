package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Record a measured value of a defined indicator, as of a date, with its source. */
public record RecordIndicatorActual(
        @TargetAggregateIdentifier ProjectId projectId,
        String indicatorCode,
        BigDecimal value,
        Approximation approximation,
        LocalDate asOf,
        String source,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordIndicatorActual(ProjectId projectId, String indicatorCode, BigDecimal value, Approximation approximation, LocalDate asOf, String source) {
        this(projectId, indicatorCode, value, approximation, asOf, source, null);
    }
}
