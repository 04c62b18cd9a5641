package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** Record the co-financing rate the source declares (0-100 %). */
record DeclareCoFinancingRate(
        @TargetAggregateIdentifier ProjectId projectId,
        BigDecimal ratePercent,
        String note,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public DeclareCoFinancingRate(ProjectId projectId, BigDecimal ratePercent, String note) {
        this(projectId, ratePercent, note, null);
    }
}
