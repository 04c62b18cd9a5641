package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measured value of an indicator, as of a date, with its source. */
@Revision("2")
public record IndicatorActualRecorded(
        ProjectId projectId,
        String indicatorCode,
        BigDecimal value,
        Approximation approximation,
        LocalDate asOf,
        String source,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public IndicatorActualRecorded(ProjectId projectId, String indicatorCode, BigDecimal value, Approximation approximation, LocalDate asOf, String source) {
        this(projectId, indicatorCode, value, approximation, asOf, source, null);
    }
}
