package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;

/** Record the co-financing rate the source declares (0-100 %). */
public record DeclareCoFinancingRate(
        @TargetAggregateIdentifier ProjectId projectId,
        BigDecimal ratePercent,
        String note) {
}
