package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** The co-financing rate as the source declares it, kept beside the rate computed from the amounts. */
@Revision("2")
public record CoFinancingRateDeclared(
        ProjectId projectId,
        BigDecimal ratePercent,
        String note,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public CoFinancingRateDeclared(ProjectId projectId, BigDecimal ratePercent, String note) {
        this(projectId, ratePercent, note, null);
    }
}
