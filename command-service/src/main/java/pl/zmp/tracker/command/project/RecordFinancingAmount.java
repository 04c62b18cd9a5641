package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** State a figure of the project's financing; stating the same item again supersedes it. */
public record RecordFinancingAmount(
        @TargetAggregateIdentifier ProjectId projectId,
        FinancingItem item,
        Money amount,
        Approximation approximation,
        String note,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordFinancingAmount(ProjectId projectId, FinancingItem item, Money amount, Approximation approximation, String note) {
        this(projectId, item, amount, approximation, note, null);
    }
}
