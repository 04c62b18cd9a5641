package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;

/** The co-financing rate as the source declares it, kept beside the rate computed from the amounts. */
@Revision("1")
public record CoFinancingRateDeclared(
        ProjectId projectId,
        BigDecimal ratePercent,
        String note) {
}
