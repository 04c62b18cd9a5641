package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

/** State a figure of the project's financing; stating the same item again supersedes it. */
public record RecordFinancingAmount(
        @TargetAggregateIdentifier ProjectId projectId,
        FinancingItem item,
        Money amount,
        Approximation approximation,
        String note) {
}
